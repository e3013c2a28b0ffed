import { getRouteApi, Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { Page } from "../../components/page";
import { BreadcrumbLink, WorkspaceBreadcrumb } from "../../components/page-breadcrumb";
import { MigrationPanel } from "../../features/migration/components/migration-panel";

const route = getRouteApi("/deployments/$workspace/$name/migration");

/** A v1 service's way to v2, beside its deployment page (which links here from its posture finding). */
export function MigrationRoute() {
  const { t } = useTranslation();
  const { workspace, name } = route.useParams();
  return (
    <Page
      title={t("migration.title", { name })}
      breadcrumb={
        <WorkspaceBreadcrumb workspace={workspace} current={t("migration.crumb")}>
          <BreadcrumbLink to="/deployments/$workspace/$name" params={{ workspace, name }}>
            {name}
          </BreadcrumbLink>
        </WorkspaceBreadcrumb>
      }
    >
      <Link to="/migration">{t("migration.fleet.link")}</Link>
      <MigrationPanel workspace={workspace} name={name} />
    </Page>
  );
}
