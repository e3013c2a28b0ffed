import { Button, makeStyles, Spinner, Switch, Text, tokens } from "@fluentui/react-components";
import { History20Regular } from "@fluentui/react-icons";
import { useCallback, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/empty-state";
import { ErrorView } from "../../../components/error-view";
import { Loading } from "../../../components/loading";
import { useStackStyles } from "../../../components/stack-styles";
import { useOnVisible } from "../../../components/use-on-visible";
import { useFormatters } from "../../../lib/i18n/format";
import { useAuditEvents } from "../api/get-audit-events";
import { type AuditFilters, hasAuditFilters } from "../filters";
import { groupOperations, SIGN_IN_ACTION, withoutSignIns } from "../operations";
import { AuditTable } from "./audit-table";

const useStyles = makeStyles({
  summary: { color: tokens.colorNeutralForeground2 },
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalL },
  more: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
});

/**
 * The records matching the filters, newest first: loading, error, empty, or the table. An operation's
 * started/ended pair is one row; sign-ins ("opened the console") are hidden unless the user shows them
 * or filters on them. Older pages load as the end of the table scrolls into view, or with the "Load
 * older records" button.
 */
export function AuditLog({ filters, onClearFilters }: { filters: AuditFilters; onClearFilters: () => void }) {
  const styles = useStyles();
  const stack = useStackStyles();
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const captionId = useId();
  const query = useAuditEvents(filters);
  const records = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  const [showSignIns, setShowSignIns] = useState(false);
  const signInsShown = showSignIns || filters.action === SIGN_IN_ACTION;
  const operations = useMemo(
    () => groupOperations(signInsShown ? records : withoutSignIns(records)),
    [records, signInsShown],
  );
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const canLoadMore = hasNextPage && !isFetchingNextPage && !isFetchNextPageError;
  const sentinel = useOnVisible<HTMLDivElement>(loadMore, canLoadMore);

  if (query.isPending) return <Loading label={t("audit.loading")} />;
  if (query.isError && records.length === 0) {
    return <ErrorView error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (records.length === 0) {
    const filtered = hasAuditFilters(filters);
    return (
      <EmptyState icon={<History20Regular />} onClearFilters={filtered ? onClearFilters : undefined}>
        {filtered ? t("audit.emptyFiltered") : t("audit.empty")}
      </EmptyState>
    );
  }
  const shown = { count: operations.length, shown: formatNumber(operations.length) };
  return (
    <div className={stack.s}>
      <div className={styles.bar}>
        <Text id={captionId} role="status" className={styles.summary}>
          {hasNextPage ? t("audit.shownMore", shown) : t("audit.shown", shown)}
        </Text>
        {filters.action === SIGN_IN_ACTION ? null : (
          <Switch
            label={t("audit.showSignIns")}
            checked={showSignIns}
            onChange={(_event, data) => setShowSignIns(data.checked)}
          />
        )}
      </div>
      {operations.length > 0 ? (
        <AuditTable operations={operations} labelledBy={captionId} />
      ) : (
        <EmptyState icon={<History20Regular />}>{t("audit.onlySignIns")}</EmptyState>
      )}
      {isFetchNextPageError ? <ErrorView error={query.error} onRetry={loadMore} /> : null}
      <div ref={sentinel} className={styles.more}>
        {isFetchingNextPage ? <Spinner size="tiny" label={t("audit.loadingMore")} /> : null}
        {hasNextPage && !isFetchingNextPage && !isFetchNextPageError ? (
          <Button onClick={loadMore}>{t("audit.loadMore")}</Button>
        ) : null}
      </div>
    </div>
  );
}
