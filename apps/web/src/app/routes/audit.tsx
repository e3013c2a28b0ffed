import { getRouteApi } from "@tanstack/react-router";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { Page } from "../../components/page";
import { RefreshButton } from "../../components/refresh-button";
import { AuditFilterBar } from "../../features/audit/components/audit-filter-bar";
import { AuditLog } from "../../features/audit/components/audit-log";
import { ExportButtons } from "../../features/audit/components/export-buttons";
import { IntegrityPanel } from "../../features/audit/components/integrity-panel";
import { type AuditFilters, parseAuditFilters } from "../../features/audit/filters";
import { queryKeys } from "../../lib/query-keys";

const route = getRouteApi("/audit");

/**
 * The audit log (audit:read — Auditor, Admin): its integrity and checkpoints, then the records
 * matching the filters in the address bar, newest first; exports use the same filters.
 */
export function AuditRoute() {
  const { t } = useTranslation();
  // Parsed again: the router passes the root's raw search through, so `validateSearch` alone keeps
  // values it dropped (`?action=key.steal` would reach the BFF and be refused).
  const filters = route.useSearch({ select: parseAuditFilters });
  const navigate = route.useNavigate();
  const setFilters = useCallback(
    (next: AuditFilters) => void navigate({ search: next, replace: true }),
    [navigate],
  );
  return (
    <Page
      title={t("common.screens.audit.title")}
      actions={
        <>
          <RefreshButton queries={[queryKeys.audit.all]} />
          <ExportButtons filters={filters} />
        </>
      }
    >
      <IntegrityPanel />
      <AuditFilterBar value={filters} onChange={setFilters} />
      <AuditLog filters={filters} onClearFilters={() => setFilters({})} />
    </Page>
  );
}
