import { Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { History20Regular } from "@fluentui/react-icons";
import { useCallback, useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/empty-state";
import { ErrorView } from "../../../components/error-view";
import { Loading } from "../../../components/loading";
import { useStackStyles } from "../../../components/stack-styles";
import { useFormatters } from "../../../lib/i18n/format";
import { useAuditEvents } from "../api/get-audit-events";
import { type AuditFilters, hasAuditFilters } from "../filters";
import { AuditTable } from "./audit-table";
import { useOnVisible } from "./use-on-visible";

const useStyles = makeStyles({
  summary: { color: tokens.colorNeutralForeground2 },
  more: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
});

/**
 * The records matching the filters, newest first: loading, error, empty, or the table. Older pages
 * load as the end of the table scrolls into view, or with the "Load older records" button.
 */
export function AuditLog({ filters, onClearFilters }: { filters: AuditFilters; onClearFilters: () => void }) {
  const styles = useStyles();
  const stack = useStackStyles();
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const captionId = useId();
  const query = useAuditEvents(filters);
  const records = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
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
  const shown = { count: records.length, shown: formatNumber(records.length) };
  return (
    <div className={stack.s}>
      <Text id={captionId} role="status" className={styles.summary}>
        {hasNextPage ? t("audit.shownMore", shown) : t("audit.shown", shown)}
      </Text>
      <AuditTable records={records} labelledBy={captionId} />
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
