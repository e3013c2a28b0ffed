import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { Page } from "../../components/page";
import { NewDeploymentWizard } from "../../features/new-deployment/components/new-deployment-wizard";

/** The wizard; once created, the deployment's page watches it become healthy. */
export function NewDeploymentRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Page title={t("common.screens.newDeployment.title")}>
      <NewDeploymentWizard
        onCreated={({ workspace, name }) =>
          void navigate({
            to: "/deployments/$workspace/$name",
            params: { workspace, name },
            search: { created: true },
          })
        }
      />
    </Page>
  );
}
