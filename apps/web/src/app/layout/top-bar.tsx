import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { SignOut20Regular } from "@fluentui/react-icons";
import { Link } from "@tanstack/react-router";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../../components/language-switch";
import { useAuth } from "../../lib/auth/auth-context";
import { NARROW_SCREEN, useNarrowScreen } from "./narrow-screen";
import { SessionStatus } from "./session-status";

// Only a narrow screen needs the drawer and the menu: their code is not in the desktop's first load.
const NavDrawer = lazy(() => import("./nav-drawer").then((module) => ({ default: module.NavDrawer })));
const AccountMenu = lazy(() => import("./account-menu").then((module) => ({ default: module.AccountMenu })));

const useStyles = makeStyles({
  root: {
    gridArea: "header",
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    [NARROW_SCREEN]: { gap: tokens.spacingHorizontalS, paddingInline: tokens.spacingHorizontalS },
  },
  product: {
    color: "inherit",
    textDecoration: "none",
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  spacer: { flexGrow: 1 },
  language: { minWidth: "120px" },
});

/**
 * The banner: the product, who is signed in, the language and sign-out. On a narrow screen the
 * navigation opens from a button here and the account (name, session, sign-out) is a menu.
 */
export function TopBar() {
  const styles = useStyles();
  const { t } = useTranslation();
  const auth = useAuth();
  const narrow = useNarrowScreen();
  return (
    <header className={styles.root}>
      {narrow ? (
        <Suspense fallback={null}>
          <NavDrawer />
        </Suspense>
      ) : null}
      <Link to="/" className={styles.product}>
        {t("common.app.name")}
      </Link>
      <span className={styles.spacer} />
      {narrow ? (
        <Suspense fallback={null}>
          <AccountMenu />
        </Suspense>
      ) : (
        <>
          <SessionStatus />
          <LanguageSwitch className={styles.language} />
          <Button icon={<SignOut20Regular />} onClick={() => void auth.signOut()}>
            {t("common.topBar.signOut")}
          </Button>
        </>
      )}
    </header>
  );
}
