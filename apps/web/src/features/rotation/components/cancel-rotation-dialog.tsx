import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Rotation } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { useNotify } from "../../../components/toast";
import { useCancelRotation } from "../api/cancel-rotation";
import type { RotationSubject } from "../rotation-subject";
import { slotNames } from "../slot-names";

const useStyles = makeStyles({ list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL } });

/**
 * Cancel, after a confirmation that says what stays: the old key keeps working, and what was done
 * cannot be undone (a regenerated key's previous value is gone; a published key stays published).
 * The BFF decides: once the old key starts to be regenerated it answers 409, shown here.
 */
export function CancelRotationDialog({
  subject,
  rotation,
}: {
  subject: RotationSubject;
  rotation: Rotation;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const notify = useNotify();
  const mutation = useCancelRotation(subject, rotation.id);
  const names = slotNames(t, rotation.oldSlot);
  const regenerated = rotation.view.irreversibleDone.includes("regenerate-standby");
  const published = rotation.view.activeSlot === rotation.newSlot;
  return (
    <ConfirmDialog
      trigger={<Button>{t("rotation.progress.cancel")}</Button>}
      title={t("rotation.progress.cancelDialog.title")}
      confirmLabel={t("rotation.progress.cancelDialog.confirm")}
      cancelLabel={t("rotation.progress.cancelDialog.keep")}
      pendingLabel={t("rotation.progress.cancelDialog.pending")}
      pending={mutation.isPending}
      error={mutation.error}
      onConfirm={(close) =>
        mutation.mutate(undefined, {
          onSuccess: () => {
            close();
            notify.success(
              t("rotation.progress.cancelDialog.done"),
              t("rotation.progress.cancelDialog.doneBody", names),
            );
          },
        })
      }
      onDismiss={() => mutation.reset()}
    >
      <Text as="p">{t("rotation.progress.cancelDialog.consequence", names)}</Text>
      {regenerated ? (
        <>
          <Text as="p">{t("rotation.progress.cancelDialog.undone")}</Text>
          <ul className={styles.list}>
            <li>{t("rotation.progress.cancelDialog.regenerated", names)}</li>
            {published ? <li>{t("rotation.progress.cancelDialog.published", names)}</li> : null}
          </ul>
        </>
      ) : (
        <Text as="p">
          {rotation.phase === "regenerate-standby"
            ? t("rotation.progress.cancelDialog.regenerating", names)
            : t("rotation.progress.cancelDialog.nothingDone")}
        </Text>
      )}
    </ConfirmDialog>
  );
}
