import { Button } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { DialogShell } from "../../components/dialog-shell";
import { answerSessionRenewal } from "../../lib/auth/session";

/**
 * Asked when the sign-in has run out during a call. Signing in again opens a popup from this click
 * (browsers block it otherwise); the page and any unsaved edit stay, and the call goes on afterwards.
 * Rendered (lazily) by `SessionPrompt` only while a call waits for the answer.
 */
export function SessionExpiredDialog() {
  const { t } = useTranslation();
  return (
    <DialogShell
      open
      modalType="alert"
      onOpenChange={(_event, data) => {
        if (!data.open) answerSessionRenewal(false);
      }}
      title={t("common.session.title")}
      actions={
        <>
          <Button appearance="primary" onClick={() => answerSessionRenewal(true)}>
            {t("common.session.signInAgain")}
          </Button>
          <Button onClick={() => answerSessionRenewal(false)}>{t("common.session.notNow")}</Button>
        </>
      }
    >
      {t("common.session.body")}
    </DialogShell>
  );
}
