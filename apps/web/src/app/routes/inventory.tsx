import { BoxMultiple20Regular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/empty-state";
import { Page } from "../../components/page";

export function InventoryRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t("screens.inventory.title")}>
      <EmptyState icon={<BoxMultiple20Regular />}>{t("screens.inventory.empty")}</EmptyState>
    </Page>
  );
}
