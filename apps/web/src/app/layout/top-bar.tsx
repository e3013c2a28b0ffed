import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { SignOut20Regular } from "@fluentui/react-icons";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../../components/language-switch";
import { useAuth } from "../../lib/auth/auth-context";
import { useMe } from "../../lib/auth/get-me";

const useStyles = makeStyles({
  root: {
    gridArea: "header",
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  product: {
    color: "inherit",
    textDecoration: "none",
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  spacer: { flexGrow: 1 },
  user: { color: "inherit" },
  language: { minWidth: "120px" },
});

export function TopBar() {
  const styles = useStyles();
  const { t } = useTranslation();
  const auth = useAuth();
  const { data: me } = useMe();
  return (
    <header className={styles.root}>
      <Link to="/" className={styles.product}>
        {t("common.app.name")}
      </Link>
      <span className={styles.spacer} />
      {me ? (
        <Text className={styles.user}>{t("common.topBar.signedInAs", { name: me.name || me.username })}</Text>
      ) : null}
      <LanguageSwitch className={styles.language} />
      <Button icon={<SignOut20Regular />} onClick={() => void auth.signOut()}>
        {t("common.topBar.signOut")}
      </Button>
    </header>
  );
}
