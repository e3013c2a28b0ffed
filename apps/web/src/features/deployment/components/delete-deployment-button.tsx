import { Button, Tooltip } from "@fluentui/react-components";
import { Delete20Regular } from "@fluentui/react-icons";
import type { DeploymentDetail } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { useNotify } from "../../../components/toast";
import { useDeleteDeployment } from "../api/delete-deployment";

/**
 * Deletes the deployment after a confirmation naming it; `onDeleted` runs once it is gone or going.
 * Unavailable (disabled, with the reason) while the detail is last-known: the workspace's region is down.
 */
export function DeleteDeploymentButton({
  deployment,
  onDeleted,
}: {
  deployment: DeploymentDetail;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const mutation = useDeleteDeployment();
  const { workspace, name, etag } = deployment;

  if (deployment.lastKnown) {
    return (
      <Tooltip content={t("deployment.lastKnown.deleteUnavailable")} relationship="description" withArrow>
        <Button icon={<Delete20Regular />} disabledFocusable>
          {t("deployment.delete.button")}
        </Button>
      </Tooltip>
    );
  }

  return (
    <ConfirmDialog
      trigger={<Button icon={<Delete20Regular />}>{t("deployment.delete.button")}</Button>}
      title={t("deployment.delete.title", { name })}
      confirmLabel={t("deployment.delete.confirm")}
      pendingLabel={t("deployment.delete.deleting")}
      cancelLabel={t("common.cancel")}
      pending={mutation.isPending}
      error={mutation.error}
      onConfirm={(close) =>
        mutation.mutate(
          { workspace, name, etag },
          {
            onSuccess: ({ done }) => {
              close();
              notify.success(t(done ? "deployment.delete.done" : "deployment.delete.started", { name }));
              onDeleted();
            },
          },
        )
      }
      onDismiss={() => mutation.reset()}
    >
      {t("deployment.delete.body", { name, workspace })}
    </ConfirmDialog>
  );
}
