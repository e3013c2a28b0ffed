import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { BoxMultiple20Regular } from "@fluentui/react-icons";
import { useCallback, useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/empty-state";
import { ErrorView } from "../../../components/error-view";
import { Loading } from "../../../components/loading";
import { useStackStyles } from "../../../components/stack-styles";
import { useFormatters } from "../../../lib/i18n/format";
import { useDeployments } from "../api/get-deployments";
import { DEFAULT_ORDER, DEFAULT_SORT, hasFilters, type InventoryFilters } from "../filters";
import { DeploymentsTable } from "./deployments-table";

const useStyles = makeStyles({
  summary: { color: tokens.colorNeutralForeground2 },
});

/** The deployments matching the filters: loading, error, empty, or the virtualised table. */
export function DeploymentsList({
  filters,
  onClearFilters,
}: {
  filters: InventoryFilters;
  onClearFilters: () => void;
}) {
  const styles = useStyles();
  const stack = useStackStyles();
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const captionId = useId();
  const query = useDeployments(filters);
  const items = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  const total = query.data?.pages.at(-1)?.total ?? items.length;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);

  if (query.isPending) return <Loading label={t("inventory.loading")} />;
  if (query.isError && items.length === 0) {
    return <ErrorView error={query.error} onRetry={() => void query.refetch()} />;
  }
  const filtered = hasFilters(filters);
  if (items.length === 0) {
    return (
      <EmptyState icon={<BoxMultiple20Regular />} onClearFilters={filtered ? onClearFilters : undefined}>
        {filtered ? t("inventory.emptyFiltered") : t("inventory.empty")}
      </EmptyState>
    );
  }
  return (
    <div className={stack.s}>
      <Text id={captionId} role="status" className={styles.summary}>
        {hasNextPage
          ? t("inventory.countLoaded", {
              count: total,
              total: formatNumber(total),
              loaded: formatNumber(items.length),
            })
          : t("inventory.count", { count: total, total: formatNumber(total) })}
      </Text>
      <DeploymentsTable
        items={items}
        total={total}
        sort={filters.sort ?? DEFAULT_SORT}
        order={filters.order ?? DEFAULT_ORDER}
        hasMore={hasNextPage && !query.isFetchNextPageError}
        loadingMore={isFetchingNextPage}
        onLoadMore={loadMore}
        labelledBy={captionId}
      />
      {query.isFetchNextPageError ? <ErrorView error={query.error} onRetry={loadMore} /> : null}
    </div>
  );
}
