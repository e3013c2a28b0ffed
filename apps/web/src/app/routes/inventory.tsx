import { makeStyles, tokens } from "@fluentui/react-components";
import { Add20Regular } from "@fluentui/react-icons";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { Can } from "../../components/can";
import { Page } from "../../components/page";
import { RefreshButton } from "../../components/refresh-button";
import { useWorkspaces } from "../../features/inventory/api/get-workspaces";
import { DeploymentsList } from "../../features/inventory/components/deployments-list";
import { InventoryFilterBar } from "../../features/inventory/components/inventory-filter-bar";
import { type InventoryFilters, parseInventoryFilters } from "../../features/inventory/filters";
import { queryKeys } from "../../lib/query-keys";

const route = getRouteApi("/inventory");

const useStyles = makeStyles({
  newLink: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontWeight: tokens.fontWeightSemibold,
    textDecoration: "none",
    ":hover": { backgroundColor: tokens.colorBrandBackgroundHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

/**
 * Every deployment of every workspace, v1 web services and v2 online endpoints in one list (kind and
 * authentication filter both): filters and order in the address bar, a virtualised list.
 */
export function InventoryRoute() {
  const styles = useStyles();
  const { t } = useTranslation();
  // Parsed again: the raw search keeps values `validateSearch` dropped.
  const filters = route.useSearch({ select: parseInventoryFilters });
  const navigate = route.useNavigate();
  const workspaces = useWorkspaces();
  const setFilters = useCallback(
    (next: InventoryFilters) => void navigate({ search: next, replace: true }),
    [navigate],
  );
  return (
    <Page
      title={t("common.screens.inventory.title")}
      actions={
        <>
          <RefreshButton queries={[queryKeys.deployments.lists, queryKeys.workspaces.all]} />
          <Can permission="deployment:write">
            <Link to="/deployments/new" className={styles.newLink}>
              <Add20Regular aria-hidden="true" />
              {t("inventory.newDeployment")}
            </Link>
          </Can>
        </>
      }
    >
      <InventoryFilterBar value={filters} onChange={setFilters} workspaces={workspaces.data?.items} />
      <DeploymentsList
        filters={filters}
        onClearFilters={() => setFilters({ sort: filters.sort, order: filters.order })}
        onSort={(sort, order) => setFilters({ ...filters, sort, order })}
      />
    </Page>
  );
}
