import { DocumentSearch20Regular } from "@fluentui/react-icons";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/empty-state";

/**
 * The address names a deployment the workspace does not list (deleted, renamed or mistyped): said
 * plainly, with the way back, instead of an error to retry.
 */
export function DeploymentNotFound({ workspace, name }: { workspace: string; name: string }) {
  const { t } = useTranslation();
  return (
    <EmptyState icon={<DocumentSearch20Regular />}>
      {t("common.screens.notFound.deploymentBody", { workspace, name })}{" "}
      <Link to="/inventory">{t("common.screens.notFound.home")}</Link>
    </EmptyState>
  );
}
