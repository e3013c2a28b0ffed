import { Button, Text } from "@fluentui/react-components";
import { Delete20Regular } from "@fluentui/react-icons";
import type { Connection } from "@keyturn/api-contract";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { useNotify } from "../../../components/toast";
import { useFormatters } from "../../../lib/i18n/format";
import { useDeleteConnection } from "../api/delete-connection";
import { connectionsQueryKey } from "../api/get-connections";

/**
 * Remove, after a confirmation naming the connection and what follows: its deployments leave the
 * inventory and the console stops reaching its workspaces (nothing is deleted in Azure). Sent with
 * `If-Match` from the row; a 412 offers to reload the list, the row then carries the fresh ETag.
 */
export function RemoveConnectionDialog({
  connection,
  onRemoved,
}: {
  connection: Connection;
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const mutation = useDeleteConnection();
  const { name, deploymentCount: count } = connection;
  const scope = connection.workspace
    ? t("settings.removeConnection.scopeOne", { workspace: connection.workspace })
    : t("settings.removeConnection.scopeAll", { resourceGroup: connection.resourceGroup });

  return (
    <ConfirmDialog
      trigger={
        <Button
          icon={<Delete20Regular />}
          aria-label={t("settings.connections.actions.removeLabel", { name })}
        >
          {t("settings.connections.actions.remove")}
        </Button>
      }
      title={t("settings.removeConnection.title", { name })}
      confirmLabel={t("settings.removeConnection.confirm")}
      pendingLabel={t("settings.removeConnection.removing")}
      cancelLabel={t("common.cancel")}
      pending={mutation.isPending}
      error={mutation.error}
      stale={{
        title: t("settings.removeConnection.staleTitle"),
        body: t("settings.removeConnection.staleBody"),
        reloadLabel: t("common.reload"),
        reloaded: t("settings.removeConnection.reloaded"),
        reload: async () => {
          await queryClient.refetchQueries({ queryKey: connectionsQueryKey }, { throwOnError: true });
          mutation.reset();
        },
      }}
      onConfirm={(close) =>
        mutation.mutate(
          { id: connection.id, etag: connection.etag },
          {
            onSuccess: () => {
              close();
              notify.success(
                t("settings.removeConnection.removed"),
                t("settings.removeConnection.removedBody", { name }),
              );
              onRemoved();
            },
          },
        )
      }
      onDismiss={() => mutation.reset()}
    >
      <Text as="p">
        {t("settings.removeConnection.consequence", { count, deployments: formatNumber(count), scope })}
      </Text>
      <Text as="p">{t("settings.removeConnection.azureUntouched")}</Text>
    </ConfirmDialog>
  );
}
