import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Tooltip,
} from "@fluentui/react-components";
import { Delete20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorView } from "../../../components/error-view";
import { useNotify } from "../../../components/toast";
import { useDeleteDeployment } from "../api/delete-deployment";
import type { DeploymentDetail } from "../api/get-deployment";

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
  const [open, setOpen] = useState(false);
  const mutation = useDeleteDeployment();
  const { workspace, name, etag } = deployment;

  const confirm = () =>
    mutation.mutate(
      { workspace, name, etag },
      {
        onSuccess: ({ done }) => {
          setOpen(false);
          notify.success(t(done ? "deployment.delete.done" : "deployment.delete.started", { name }));
          onDeleted();
        },
      },
    );

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
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_event, data) => {
        setOpen(data.open);
        if (!data.open) mutation.reset();
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button icon={<Delete20Regular />}>{t("deployment.delete.button")}</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("deployment.delete.title", { name })}</DialogTitle>
          <DialogContent>
            {t("deployment.delete.body", { name, workspace })}
            {mutation.isError ? <ErrorView error={mutation.error} /> : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={mutation.isPending} onClick={confirm}>
              {mutation.isPending ? t("deployment.delete.deleting") : t("deployment.delete.confirm")}
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button>{t("deployment.delete.cancel")}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
