import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { Warning20Filled } from "@fluentui/react-icons";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNotify } from "../../components/toast";
import { useMe } from "../../lib/auth/get-me";
import { renewSession, useSessionExpired } from "../../lib/auth/session";

const useStyles = makeStyles({
  user: { color: "inherit" },
  expired: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    color: "inherit",
  },
});

/** Signing in again from a click (a popup, the page stays), then reading again what failed meanwhile. */
export function useSignInAgain() {
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      if (await renewSession()) {
        await queryClient.invalidateQueries({ predicate: (query) => query.state.status === "error" });
      }
    } catch (error) {
      notify.error(error);
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
}

/**
 * Who is signed in; once the sign-in has run out, says so instead, with the way back: signing in
 * again in a popup keeps the page, then reads again what failed meanwhile.
 */
export function SessionStatus() {
  const styles = useStyles();
  const { t } = useTranslation();
  const { data: me } = useMe();
  const expired = useSessionExpired();
  const signInAgain = useSignInAgain();

  if (expired) {
    return (
      <span className={styles.expired} role="status">
        <Warning20Filled aria-hidden="true" />
        <Text className={styles.user}>{t("common.session.expired")}</Text>
        <Button disabled={signInAgain.busy} onClick={() => void signInAgain.run()}>
          {t("common.session.signInAgain")}
        </Button>
      </span>
    );
  }
  return me ? (
    <Text className={styles.user}>{t("common.topBar.signedInAs", { name: me.name || me.username })}</Text>
  ) : null;
}
