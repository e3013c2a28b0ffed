import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  makeStyles,
  OverlayDrawer,
  tokens,
} from "@fluentui/react-components";
import { Dismiss24Regular, Navigation24Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../../components/language-switch";
import { SideNav } from "./side-nav";

const useStyles = makeStyles({
  open: { color: "inherit", minWidth: "auto" },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

/** The phone layout's navigation: a button in the top bar opens the side navigation as a drawer. */
export function NavDrawer() {
  const styles = useStyles();
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        appearance="transparent"
        className={styles.open}
        icon={<Navigation24Regular />}
        aria-label={t("common.topBar.openNavigation")}
        aria-expanded={open}
        onClick={() => setOpen(true)}
      />
      <OverlayDrawer open={open} onOpenChange={(_event, data) => setOpen(data.open)} position="start">
        <DrawerHeader>
          <DrawerHeaderTitle
            action={
              <Button
                appearance="subtle"
                icon={<Dismiss24Regular />}
                aria-label={t("common.close")}
                onClick={() => setOpen(false)}
              />
            }
          >
            {t("common.app.name")}
          </DrawerHeaderTitle>
        </DrawerHeader>
        <DrawerBody className={styles.body}>
          <SideNav inDrawer onNavigate={() => setOpen(false)} />
          <LanguageSwitch />
        </DrawerBody>
      </OverlayDrawer>
    </>
  );
}
