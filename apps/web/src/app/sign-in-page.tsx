import { Button, makeStyles, Text, Title1, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../components/alert";
import { LanguageSwitch } from "../components/language-switch";
import { MAIN_CONTENT_ID } from "../components/skip-link";
import { useAuth } from "../lib/auth/auth-context";
import { readLoginHint } from "../lib/auth/login-hint";
import { isSessionExpired } from "../lib/auth/session";

const useStyles = makeStyles({
  page: {
    minHeight: "100vh",
    display: "grid",
    gridTemplateRows: "auto 1fr",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: { display: "flex", justifyContent: "flex-end", padding: tokens.spacingHorizontalL },
  main: { display: "grid", placeItems: "center", padding: tokens.spacingHorizontalL },
  card: {
    maxWidth: "520px",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXXL,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
  },
  actions: { display: "flex" },
});

/**
 * What a signed-out visitor sees: what Keyturn is, and one button to sign in; when the last session
 * ran out (see lib/auth/session), it says so first.
 */
export function SignInPage({ error }: { error?: string | undefined }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const auth = useAuth();
  const [busy, setBusy] = useState(false);
  const [expired] = useState(isSessionExpired);

  useEffect(() => {
    document.title = t("common.signIn.title");
  }, [t]);

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <LanguageSwitch />
      </header>
      <main id={MAIN_CONTENT_ID} className={styles.main}>
        <div className={styles.card}>
          <Title1 as="h1">{t("common.signIn.title")}</Title1>
          {/* The console's own Alert, not a Fluent MessageBar: this page is in the entry's budget. */}
          {expired ? <Alert title={t("common.session.expiredSignIn")} /> : null}
          <Text as="p">{t("common.signIn.intro")}</Text>
          {error ? <Alert title={t("common.signIn.failed")} /> : null}
          <div className={styles.actions}>
            <Button
              appearance="primary"
              size="large"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                auth.signIn(readLoginHint()).catch(() => setBusy(false));
              }}
            >
              {busy ? t("common.signIn.inProgress") : t("common.signIn.button")}
            </Button>
          </div>
        </div>
      </main>
    </div>
  );
}
