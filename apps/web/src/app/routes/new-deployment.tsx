import { useBlocker, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { Page } from "../../components/page";
import { NewDeploymentWizard } from "../../features/new-deployment/components/new-deployment-wizard";

/** The wizard; once created, the deployment's page watches it become healthy. Leaving a draft asks first. */
export function NewDeploymentRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [dirty, setDirty] = useState(false);
  const blocker = useBlocker({
    shouldBlockFn: () => dirty,
    enableBeforeUnload: () => dirty,
    withResolver: true,
  });
  return (
    <Page title={t("common.screens.newDeployment.title")}>
      <NewDeploymentWizard
        onDirtyChange={setDirty}
        onCreated={({ workspace, name }) =>
          void navigate({
            to: "/deployments/$workspace/$name",
            params: { workspace, name },
            search: { created: true },
            ignoreBlocker: true,
          })
        }
      />
      <ConfirmDialog
        open={blocker.status === "blocked"}
        title={t("newDeployment.leave.title")}
        confirmLabel={t("newDeployment.leave.confirm")}
        cancelLabel={t("newDeployment.leave.stay")}
        onConfirm={(close) => {
          close();
          blocker.proceed?.();
        }}
        onDismiss={() => blocker.reset?.()}
      >
        {t("newDeployment.leave.body")}
      </ConfirmDialog>
    </Page>
  );
}
