import { ShieldCheckmark20Regular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/empty-state";
import { Page } from "../../components/page";

export function PostureRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t("screens.posture.title")}>
      <EmptyState icon={<ShieldCheckmark20Regular />}>{t("screens.posture.empty")}</EmptyState>
    </Page>
  );
}
