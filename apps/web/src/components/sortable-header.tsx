import { makeStyles, tokens } from "@fluentui/react-components";
import { ArrowSortDown16Regular, ArrowSortUp16Regular } from "@fluentui/react-icons";

export type SortDirection = "ascending" | "descending";

const useStyles = makeStyles({
  button: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    maxWidth: "100%",
    padding: 0,
    border: "none",
    background: "none",
    color: "inherit",
    font: "inherit",
    fontWeight: "inherit",
    cursor: "pointer",
    borderRadius: tokens.borderRadiusSmall,
    ":hover": { color: tokens.colorBrandForeground1 },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  icon: { flexShrink: 0 },
});

/**
 * A column header that sorts its table, as the portal's grids do: the whole header is a button, the
 * column sorted by carries `aria-sort` and an arrow; choosing it again reverses the order.
 */
export function SortableHeader({
  label,
  sorted,
  onSort,
  className,
}: {
  label: string;
  /** How the table is sorted by this column, or undefined when it is sorted by another. */
  sorted: SortDirection | undefined;
  onSort: () => void;
  className?: string;
}) {
  const styles = useStyles();
  const Icon = sorted === "descending" ? ArrowSortDown16Regular : ArrowSortUp16Regular;
  return (
    <th scope="col" aria-sort={sorted} className={className}>
      <button type="button" className={styles.button} onClick={onSort}>
        {label}
        {sorted ? <Icon aria-hidden="true" className={styles.icon} /> : null}
      </button>
    </th>
  );
}

/** The order after choosing a column: the reverse if it is the one sorted by, else ascending. */
export function nextSort<K extends string>(current: { key: K; order: "asc" | "desc" }, chosen: K) {
  return {
    key: chosen,
    order: current.key === chosen && current.order === "asc" ? ("desc" as const) : ("asc" as const),
  };
}
