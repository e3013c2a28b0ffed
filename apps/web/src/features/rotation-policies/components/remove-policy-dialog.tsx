import { Button, Text } from "@fluentui/react-components";
import { Delete20Regular } from "@fluentui/react-icons";
import type { RotationPolicy } from "@keyturn/api-contract";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { useNotify } from "../../../components/toast";
import { queryKeys } from "../../../lib/query-keys";
import { useDeleteRotationPolicy } from "../api/delete-rotation-policy";

/** Delete, after a confirmation saying what stops (and what does not); sent with the row's If-Match. */
export function RemovePolicyDialog({ policy, onRemoved }: { policy: RotationPolicy; onRemoved: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const mutation = useDeleteRotationPolicy();
  const { name } = policy;
  return (
    <ConfirmDialog
      trigger={
        <Button
          icon={<Delete20Regular />}
          aria-label={t("settings.rotationPolicies.actions.removeLabel", { name })}
        >
          {t("settings.rotationPolicies.actions.remove")}
        </Button>
      }
      title={t("settings.rotationPolicies.remove.title", { name })}
      confirmLabel={t("settings.rotationPolicies.remove.confirm")}
      pendingLabel={t("settings.rotationPolicies.remove.removing")}
      cancelLabel={t("common.cancel")}
      pending={mutation.isPending}
      error={mutation.error}
      stale={{
        title: t("settings.rotationPolicies.remove.staleTitle"),
        body: t("settings.rotationPolicies.remove.staleBody"),
        reloadLabel: t("common.reload"),
        reloaded: t("settings.rotationPolicies.remove.reloaded"),
        reload: async () => {
          await queryClient.refetchQueries(
            { queryKey: queryKeys.rotationPolicies.list },
            { throwOnError: true },
          );
          mutation.reset();
        },
      }}
      onConfirm={(close) =>
        mutation.mutate(
          { id: policy.id, etag: policy.etag },
          {
            onSuccess: () => {
              close();
              notify.success(t("settings.rotationPolicies.remove.removed"));
              onRemoved();
            },
          },
        )
      }
      onDismiss={() => mutation.reset()}
    >
      <Text as="p">{t("settings.rotationPolicies.remove.body")}</Text>
    </ConfirmDialog>
  );
}
