import { History20Regular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/empty-state";
import { Page } from "../../components/page";

export function AuditRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t("screens.audit.title")}>
      <EmptyState icon={<History20Regular />}>{t("screens.audit.empty")}</EmptyState>
    </Page>
  );
}
