import { Button } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { answerStepUpConsent } from "../lib/auth/step-up-consent";
import { DialogShell } from "./dialog-shell";

/**
 * Asks before a step-up sign-in. Opening the sign-in popup from this click keeps browsers from
 * blocking it; the action that needed the step-up is replayed by the api client afterwards.
 * Rendered (lazily) by `StepUpPrompt` only while a step-up waits for an answer.
 */
export function StepUpDialog() {
  const { t } = useTranslation();
  return (
    <DialogShell
      open
      modalType="alert"
      onOpenChange={(_event, data) => {
        if (!data.open) answerStepUpConsent(false);
      }}
      title={t("common.stepUp.title")}
      actions={
        <>
          <Button appearance="primary" onClick={() => answerStepUpConsent(true)}>
            {t("common.stepUp.confirm")}
          </Button>
          <Button onClick={() => answerStepUpConsent(false)}>{t("common.cancel")}</Button>
        </>
      }
    >
      {t("common.stepUp.body")}
    </DialogShell>
  );
}
