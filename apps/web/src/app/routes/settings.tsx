import { Settings20Regular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/empty-state";
import { Page } from "../../components/page";

export function SettingsRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t("screens.settings.title")}>
      <EmptyState icon={<Settings20Regular />}>{t("screens.settings.empty")}</EmptyState>
    </Page>
  );
}
