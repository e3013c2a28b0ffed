import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { BoxMultiple20Regular } from "@fluentui/react-icons";
import type { InventorySort, SortOrder } from "@keyturn/api-contract";
import { useCallback, useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useCardLayout } from "../../../components/card-list";
import { EmptyState } from "../../../components/empty-state";
import { ErrorView } from "../../../components/error-view";
import { Loading } from "../../../components/loading";
import { useStackStyles } from "../../../components/stack-styles";
import { useFormatters } from "../../../lib/i18n/format";
import { useDeployments } from "../api/get-deployments";
import { COLUMNS, type Column, columnsFor } from "../columns";
import { DEFAULT_ORDER, DEFAULT_SORT, hasFilters, type InventoryFilters } from "../filters";
import { DeploymentCards } from "./deployment-cards";
import { DeploymentsTable } from "./deployments-table";
import { UnreadableNotice } from "./unreadable-notice";
import { useWidth } from "./use-width";

const ALL_COLUMNS = COLUMNS.map(([column]) => column);

const useStyles = makeStyles({
  summary: { color: tokens.colorNeutralForeground2 },
});

/**
 * The deployments matching the filters: loading, error, empty, or the virtualised table with the
 * columns its width holds (cards on a phone, or wherever even the main columns would not fit); above
 * them, what the last sync could not read.
 */
export function DeploymentsList({
  filters,
  onClearFilters,
  onSort,
}: {
  filters: InventoryFilters;
  onClearFilters: () => void;
  onSort: (sort: InventorySort, order: SortOrder) => void;
}) {
  const styles = useStyles();
  const stack = useStackStyles();
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const captionId = useId();
  const phone = useCardLayout();
  const [box, width] = useWidth<HTMLDivElement>();
  // Unmeasured (no layout yet): every column, as on a wide screen. The same columns keep the same
  // array while the width changes, so the memoised rows do not render again.
  const shownColumns = (width > 0 ? columnsFor(width) : ALL_COLUMNS)?.join() ?? "";
  const columns = useMemo(
    () => (shownColumns ? (shownColumns.split(",") as Column[]) : null),
    [shownColumns],
  );
  const query = useDeployments(filters);
  const items = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  const last = query.data?.pages.at(-1);
  const total = last?.total ?? items.length;
  // Past the BFF's count bound the total is a lower bound: "10,000+".
  const lowerBound = last?.totalIsLowerBound === true;
  const shownTotal = lowerBound
    ? t("inventory.totalAtLeast", { total: formatNumber(total) })
    : formatNumber(total);
  const unreadable = query.data?.pages[0]?.unreadable;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);

  if (query.isPending) return <Loading label={t("inventory.loading")} />;
  if (query.isError && items.length === 0) {
    return <ErrorView error={query.error} onRetry={() => void query.refetch()} />;
  }
  const filtered = hasFilters(filters);
  const list = {
    items,
    sort: filters.sort ?? DEFAULT_SORT,
    order: filters.order ?? DEFAULT_ORDER,
    onSort,
    hasMore: hasNextPage && !query.isFetchNextPageError,
    loadingMore: isFetchingNextPage,
    onLoadMore: loadMore,
    labelledBy: captionId,
  };
  const notice = unreadable ? <UnreadableNotice report={unreadable} /> : null;
  if (items.length === 0) {
    return (
      <div className={stack.s}>
        {notice}
        <EmptyState icon={<BoxMultiple20Regular />} onClearFilters={filtered ? onClearFilters : undefined}>
          {filtered ? t("inventory.emptyFiltered") : t("inventory.empty")}
        </EmptyState>
      </div>
    );
  }
  return (
    <div ref={box} className={stack.s}>
      {notice}
      <Text id={captionId} role="status" className={styles.summary}>
        {hasNextPage
          ? t("inventory.countLoaded", {
              count: total,
              total: shownTotal,
              loaded: formatNumber(items.length),
            })
          : t("inventory.count", { count: total, total: shownTotal })}
      </Text>
      {phone || columns === null ? (
        <DeploymentCards {...list} />
      ) : (
        <DeploymentsTable {...list} columns={columns} total={lowerBound ? null : total} />
      )}
      {query.isFetchNextPageError ? <ErrorView error={query.error} onRetry={loadMore} /> : null}
    </div>
  );
}
