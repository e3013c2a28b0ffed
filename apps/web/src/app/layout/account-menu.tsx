import {
  Button,
  Menu,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  makeStyles,
} from "@fluentui/react-components";
import { Person24Regular, SignOut20Regular, Warning24Filled } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { useAuth } from "../../lib/auth/auth-context";
import { useMe } from "../../lib/auth/get-me";
import { useSessionExpired } from "../../lib/auth/session";
import { useSignInAgain } from "./session-status";

const useStyles = makeStyles({ trigger: { color: "inherit", minWidth: "auto" } });

/**
 * The phone layout's account menu: who is signed in (or that the session expired, with Sign in
 * again) and Sign out, which do not fit beside the title on a narrow screen.
 */
export function AccountMenu() {
  const styles = useStyles();
  const { t } = useTranslation();
  const auth = useAuth();
  const { data: me } = useMe();
  const expired = useSessionExpired();
  const signInAgain = useSignInAgain();
  const name = me ? me.name || me.username : "";
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          appearance="transparent"
          className={styles.trigger}
          icon={expired ? <Warning24Filled /> : <Person24Regular />}
          aria-label={expired ? t("common.session.expired") : t("common.topBar.account", { name })}
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuGroup>
            <MenuGroupHeader>
              {expired ? t("common.session.expired") : t("common.topBar.signedInAs", { name })}
            </MenuGroupHeader>
            {expired ? (
              <MenuItem onClick={() => void signInAgain.run()}>{t("common.session.signInAgain")}</MenuItem>
            ) : null}
            <MenuItem icon={<SignOut20Regular />} onClick={() => void auth.signOut()}>
              {t("common.topBar.signOut")}
            </MenuItem>
          </MenuGroup>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
