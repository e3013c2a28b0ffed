import { Button, Text } from "@fluentui/react-components";
import { Delete20Regular } from "@fluentui/react-icons";
import type { KeyDestination, KeyDestinationList } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { useNotify } from "../../../components/toast";
import { useSetDestinations } from "../api/set-destinations";
import type { RotationSubject } from "../rotation-subject";

/**
 * Admin: stop publishing to one secret, after a confirmation saying what follows (the secret keeps
 * its versions but no longer follows rotations). The rest of the set is saved again (published anew).
 */
export function RemoveDestinationDialog({
  subject,
  list,
  destination,
  onRemoved,
}: {
  subject: RotationSubject;
  list: KeyDestinationList;
  destination: KeyDestination;
  /** The row and its button are gone: where focus goes next. */
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const mutation = useSetDestinations(subject);
  const secret = destination.secretName;
  const rest = list.destinations
    .filter((d) => d !== destination)
    .map(({ vaultUrl, secretName }) => ({ vaultUrl, secretName }));
  return (
    <ConfirmDialog
      trigger={
        <Button
          icon={<Delete20Regular />}
          aria-label={t("rotation.destinations.removeLabel", { secret, vault: destination.vaultUrl })}
        >
          {t("rotation.destinations.remove")}
        </Button>
      }
      title={t("rotation.destinations.removeDialog.title", { secret })}
      confirmLabel={t("rotation.destinations.removeDialog.confirm")}
      pendingLabel={t("rotation.destinations.removeDialog.pending")}
      cancelLabel={t("common.cancel")}
      pending={mutation.isPending}
      error={mutation.error}
      onConfirm={(close) =>
        mutation.mutate(rest, {
          onSuccess: () => {
            close();
            notify.success(
              t("rotation.destinations.removeDialog.removed"),
              t("rotation.destinations.removeDialog.removedBody", { secret }),
            );
            onRemoved();
          },
        })
      }
      onDismiss={() => mutation.reset()}
    >
      <Text as="p">{t("rotation.destinations.removeDialog.consequence")}</Text>
      {rest.length > 0 ? <Text as="p">{t("rotation.destinations.removeDialog.others")}</Text> : null}
    </ConfirmDialog>
  );
}
