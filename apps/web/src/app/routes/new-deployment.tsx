import { AddCircle20Regular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/empty-state";
import { Page } from "../../components/page";

export function NewDeploymentRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t("screens.newDeployment.title")}>
      <EmptyState icon={<AddCircle20Regular />}>{t("screens.newDeployment.empty")}</EmptyState>
    </Page>
  );
}
