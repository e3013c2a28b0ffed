import { useTranslation } from "react-i18next";
import { Page } from "../../components/page";
import { FleetPlans } from "../../features/migration/components/fleet-plans";

/** Every v1 service's way to v2, and its export for a lead. */
export function MigrationPlansRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t("migration.fleet.title")}>
      <FleetPlans />
    </Page>
  );
}
