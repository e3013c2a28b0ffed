import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import type { DeploymentSummary, InventorySort, SortOrder } from "@keyturn/api-contract";
import { useVirtualizer } from "@tanstack/react-virtual";
import { type KeyboardEvent, useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { nextSort, SortableHeader } from "../../../components/sortable-header";
import { type Column, columnShares, SORTED_BY } from "../columns";
import { DeploymentRow } from "./deployment-row";

export const ROW_HEIGHT = 44;
/** Start fetching the next page this many rows before the end of what is loaded. */
const LOAD_AHEAD = 50;
const PAGE_JUMP = 10;

const useStyles = makeStyles({
  // As tall as its rows, up to most of the screen; only a long list scrolls inside the box.
  scroller: {
    maxHeight: "max(320px, min(70vh, calc(100vh - 320px)))",
    overflow: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  // Only the columns that fit (see `columnsFor`): the table is as wide as its box, never wider.
  table: { width: "100%", tableLayout: "fixed", borderCollapse: "collapse" },
  th: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    height: `${ROW_HEIGHT}px`,
    boxSizing: "border-box",
    paddingInline: tokens.spacingHorizontalM,
    textAlign: "start",
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  row: {
    // The name's link covers the whole row (see `link`), so a click anywhere opens the deployment.
    position: "relative",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-within": { backgroundColor: tokens.colorNeutralBackground1Selected },
  },
  td: {
    height: `${ROW_HEIGHT}px`,
    boxSizing: "border-box",
    paddingInline: tokens.spacingHorizontalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  link: {
    color: tokens.colorBrandForegroundLink,
    fontWeight: tokens.fontWeightSemibold,
    textDecoration: "none",
    outlineStyle: "none",
    "::after": { content: '""', position: "absolute", inset: 0 },
    ":focus-visible::after": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  readOnly: {
    color: tokens.colorNeutralForeground2,
    outlineStyle: "none",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "2px",
    },
  },
  spacer: { padding: 0, border: "none" },
  more: { padding: tokens.spacingVerticalS },
});

interface DeploymentsTableProps {
  items: readonly DeploymentSummary[];
  /** The columns shown, in order: those the box's width holds. */
  columns: readonly Column[];
  /** Rows matching the filters, loaded or not; null when only a lower bound is known. */
  total: number | null;
  sort: InventorySort;
  order: SortOrder;
  /** Sorts by a column's header (the address bar keeps it). */
  onSort: (sort: InventorySort, order: SortOrder) => void;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  labelledBy: string;
}

/**
 * The inventory as a virtualised table: only the rows in view are in the page (spacer rows stand
 * for the others), so 10,000 rows scroll as smoothly as 10; the next page is fetched before the
 * end is reached. Keyboard: one tab stop (the current row's link); arrows, Page Up/Down, Home/End
 * move between rows; Enter opens the deployment (a read-only row opens nothing). Narrower than every
 * column needs, it leaves out the less important ones rather than scroll sideways.
 */
export function DeploymentsTable({
  items,
  columns,
  total,
  sort,
  order,
  onSort,
  hasMore,
  loadingMore,
  onLoadMore,
  labelledBy,
}: DeploymentsTableProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Rows start under the sticky header row.
    paddingStart: ROW_HEIGHT,
    scrollPaddingStart: ROW_HEIGHT,
  });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0];
  const last = rows.at(-1);
  const lastIndex = last?.index ?? -1;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= items.length - LOAD_AHEAD) onLoadMore();
  }, [hasMore, loadingMore, lastIndex, items.length, onLoadMore]);

  const [active, setActive] = useState(0);
  const pendingFocus = useRef<number | null>(null);
  const activeIndex = Math.min(active, Math.max(items.length - 1, 0));
  // The tab stop is the current row when it is on screen, else the first row in view.
  const tabStop = rows.some((row) => row.index === activeIndex) ? activeIndex : (first?.index ?? 0);

  useLayoutEffect(() => {
    if (pendingFocus.current === null) return;
    const link = scrollRef.current?.querySelector<HTMLElement>(
      `[data-index="${pendingFocus.current}"] [data-row-focus]`,
    );
    if (link) {
      link.focus({ preventScroll: true });
      pendingFocus.current = null;
    }
  });

  // Rows are memoised: their handlers stay the same while the list grows.
  const countRef = useRef(items.length);
  countRef.current = items.length;
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>, index: number) => {
      const count = countRef.current;
      const moves: Record<string, number> = {
        ArrowDown: index + 1,
        ArrowUp: index - 1,
        PageDown: index + PAGE_JUMP,
        PageUp: index - PAGE_JUMP,
        Home: 0,
        End: count - 1,
      };
      const target = moves[event.key];
      if (target === undefined) return;
      event.preventDefault();
      const next = Math.max(0, Math.min(target, count - 1));
      setActive(next);
      pendingFocus.current = next;
      virtualizer.scrollToIndex(next, { align: "auto" });
    },
    [virtualizer],
  );

  const ariaSort = (column: Column) => {
    if (SORTED_BY[column] !== sort) return undefined;
    return order === "desc" ? "descending" : "ascending";
  };
  const paddingTop = first ? first.start - ROW_HEIGHT : 0;
  const paddingBottom = last ? virtualizer.getTotalSize() - last.end : 0;
  const spacer = (height: number) => (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row standing for rows not rendered; nothing in it can take focus.
    <tr aria-hidden="true">
      <td colSpan={columns.length} className={styles.spacer} style={{ height: `${height}px` }} />
    </tr>
  );

  return (
    <>
      <div ref={scrollRef} className={styles.scroller}>
        <table
          className={styles.table}
          aria-labelledby={labelledBy}
          aria-rowcount={total === null ? -1 : total + 1}
        >
          <colgroup>
            {columnShares(columns).map((width, index) => (
              <col key={columns[index]} style={{ width }} />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((column) => {
                const key = SORTED_BY[column];
                const label = t(`inventory.columns.${column}`);
                if (!key) {
                  return (
                    <th key={column} scope="col" className={styles.th}>
                      {label}
                    </th>
                  );
                }
                const choose = () => {
                  const next = nextSort({ key: sort, order }, key);
                  onSort(next.key, next.order);
                };
                return (
                  <SortableHeader
                    key={column}
                    label={label}
                    sorted={ariaSort(column)}
                    onSort={choose}
                    className={styles.th}
                  />
                );
              })}
            </tr>
          </thead>
          <tbody>
            {paddingTop > 0 ? spacer(paddingTop) : null}
            {rows.map((row) => {
              const item = items[row.index];
              if (!item) return null;
              return (
                <DeploymentRow
                  key={`${item.workspace}/${item.name}/${item.generation}`}
                  item={item}
                  columns={columns}
                  index={row.index}
                  tabbable={row.index === tabStop}
                  rowClassName={styles.row}
                  cellClassName={styles.td}
                  linkClassName={styles.link}
                  readOnlyClassName={styles.readOnly}
                  onKeyDown={onKeyDown}
                  onFocusRow={setActive}
                />
              );
            })}
            {paddingBottom > 0 ? spacer(paddingBottom) : null}
          </tbody>
        </table>
      </div>
      {loadingMore ? (
        <div className={styles.more}>
          <Spinner size="tiny" label={t("inventory.loadingMore")} />
        </div>
      ) : null}
    </>
  );
}
