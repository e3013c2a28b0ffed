import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../../components/confirm-dialog";

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
    <ConfirmDialog
      open={open}
      title={t("deployment.auth.confirmOff.title")}
      confirmLabel={t("deployment.auth.confirmOff.confirm")}
      cancelLabel={t("deployment.auth.confirmOff.cancel")}
      onConfirm={onConfirm}
      onDismiss={onCancel}
    >
      {t("deployment.auth.confirmOff.body")}
    </ConfirmDialog>
  );
}
