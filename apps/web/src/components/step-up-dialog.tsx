import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { answerStepUpConsent } from "../lib/auth/step-up-consent";

/**
 * Asks before a step-up sign-in. Opening the sign-in popup from this click keeps browsers from
 * blocking it; the action that needed the step-up is replayed by the api client afterwards.
 * Rendered (lazily) by `StepUpPrompt` only while a step-up waits for an answer.
 */
export function StepUpDialog() {
  const { t } = useTranslation();
  return (
    <Dialog
      open
      modalType="alert"
      onOpenChange={(_event, data) => {
        if (!data.open) answerStepUpConsent(false);
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("common.stepUp.title")}</DialogTitle>
          <DialogContent>{t("common.stepUp.body")}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => answerStepUpConsent(true)}>
              {t("common.stepUp.confirm")}
            </Button>
            <Button onClick={() => answerStepUpConsent(false)}>{t("common.cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
