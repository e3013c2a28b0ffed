import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { Delete20Regular } from "@fluentui/react-icons";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../../../components/alert";
import { ErrorView } from "../../../components/error-view";
import { useNotify } from "../../../components/toast";
import { useFormatters } from "../../../lib/i18n/format";
import { useDeleteConnection } from "../api/delete-connection";
import { type Connection, connectionsQueryKey } from "../api/get-connections";

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
  const [open, setOpen] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  const mutation = useDeleteConnection();
  const { name, deploymentCount: count } = connection;
  const scope = connection.workspace
    ? t("settings.removeConnection.scopeOne", { workspace: connection.workspace })
    : t("settings.removeConnection.scopeAll", { resourceGroup: connection.resourceGroup });
  const stale =
    mutation.error?.code === "precondition_failed" || mutation.error?.code === "precondition_required";

  const confirm = () => {
    setReloaded(false);
    mutation.mutate(
      { id: connection.id, etag: connection.etag },
      {
        onSuccess: () => {
          setOpen(false);
          notify.success(
            t("settings.removeConnection.removed"),
            t("settings.removeConnection.removedBody", { name }),
          );
          onRemoved();
        },
      },
    );
  };
  const reload = async () => {
    await queryClient.refetchQueries({ queryKey: connectionsQueryKey }, { throwOnError: true });
    mutation.reset();
    setReloaded(true);
  };

  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_event, data) => {
        if (mutation.isPending) return; // the removal is on its way: wait for its outcome
        setOpen(data.open);
        setReloaded(false);
        if (!data.open) mutation.reset();
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button
          icon={<Delete20Regular />}
          aria-label={t("settings.connections.actions.removeLabel", { name })}
        >
          {t("settings.connections.actions.remove")}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("settings.removeConnection.title", { name })}</DialogTitle>
          <DialogContent>
            <Text as="p">
              {t("settings.removeConnection.consequence", { count, deployments: formatNumber(count), scope })}
            </Text>
            <Text as="p">{t("settings.removeConnection.azureUntouched")}</Text>
            {stale ? (
              <Alert
                title={t("settings.removeConnection.staleTitle")}
                action={
                  <Button onClick={() => void reload().catch(notify.error)}>
                    {t("settings.removeConnection.reload")}
                  </Button>
                }
              >
                <Text>{t("settings.removeConnection.staleBody")}</Text>
              </Alert>
            ) : mutation.isError ? (
              <ErrorView error={mutation.error} />
            ) : null}
            <div role="status">
              {reloaded ? <Text>{t("settings.removeConnection.reloaded")}</Text> : null}
            </div>
          </DialogContent>
          {/* Cancel first: the dialog opens on the safe choice. */}
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button disabledFocusable={mutation.isPending}>{t("settings.removeConnection.cancel")}</Button>
            </DialogTrigger>
            <Button
              appearance="primary"
              onClick={confirm}
              disabledFocusable={mutation.isPending || stale}
              icon={mutation.isPending ? <Spinner size="tiny" /> : undefined}
            >
              {mutation.isPending
                ? t("settings.removeConnection.removing")
                : t("settings.removeConnection.confirm")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
