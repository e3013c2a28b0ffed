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

/**
 * Asked before saving settings with both key and token authentication off. An alert dialog: focus
 * moves into it and stays there until the user answers (Escape keeps authentication on).
 */
export function ConfirmAuthOffDialog({
  open,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_event, data) => {
        if (!data.open) onCancel();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("deployment.auth.confirmOff.title")}</DialogTitle>
          <DialogContent>{t("deployment.auth.confirmOff.body")}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {t("deployment.auth.confirmOff.confirm")}
            </Button>
            <Button onClick={onCancel}>{t("deployment.auth.confirmOff.cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
