import { useTranslation } from "react-i18next";
import { FilterSelect } from "./filter-select";

type Order = "asc" | "desc";

interface ListSortProps<K extends string> {
  /** The keys a list sorts by, with the words of their column. */
  columns: ReadonlyArray<{ key: K; label: string }>;
  sort: K;
  order: Order;
  onSort: (key: K, order: Order) => void;
}

/**
 * The order of a list shown as cards, where there are no column headers to choose it with: one
 * select of every column in both directions, reading and writing the same sort as the headers.
 */
export function ListSort<K extends string>({ columns, sort, order, onSort }: ListSortProps<K>) {
  const { t } = useTranslation();
  const options = columns.flatMap(({ key, label }) =>
    (["asc", "desc"] as const).map((direction) => ({
      value: `${key}:${direction}`,
      label: t(`common.sort.${direction}`, { column: label }),
    })),
  );
  return (
    <FilterSelect
      label={t("common.sort.label")}
      value={`${sort}:${order}`}
      options={options}
      onChange={(value) => {
        const [key, direction] = (value ?? "").split(":");
        const chosen = columns.find((column) => column.key === key);
        if (chosen) onSort(chosen.key, direction === "desc" ? "desc" : "asc");
      }}
    />
  );
}
