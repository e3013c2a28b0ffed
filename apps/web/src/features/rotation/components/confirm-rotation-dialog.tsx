import { Button, Text } from "@fluentui/react-components";
import type { Rotation } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { useNotify } from "../../../components/toast";
import { useConfirmRotation } from "../api/confirm-rotation";
import type { RotationSubject } from "../rotation-subject";
import { slotNames } from "../slot-names";

/** A rotation waiting for a person: confirming lets it regenerate the old key, which cannot be undone. */
export function ConfirmRotationDialog({
  subject,
  rotation,
}: {
  subject: RotationSubject;
  rotation: Rotation;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const mutation = useConfirmRotation(subject, rotation.id);
  const names = slotNames(t, rotation.oldSlot);
  return (
    <ConfirmDialog
      trigger={<Button appearance="primary">{t("rotation.progress.confirmDialog.open")}</Button>}
      title={t("rotation.progress.confirmDialog.title", names)}
      confirmLabel={t("rotation.progress.confirmDialog.confirm", names)}
      cancelLabel={t("common.cancel")}
      pendingLabel={t("rotation.progress.confirmDialog.pending")}
      pending={mutation.isPending}
      error={mutation.error}
      onConfirm={(close) =>
        mutation.mutate(undefined, {
          onSuccess: () => {
            close();
            notify.success(t("rotation.progress.confirmDialog.done"));
          },
        })
      }
      onDismiss={() => mutation.reset()}
    >
      <Text as="p">{t("rotation.progress.confirmDialog.consequence", names)}</Text>
    </ConfirmDialog>
  );
}
