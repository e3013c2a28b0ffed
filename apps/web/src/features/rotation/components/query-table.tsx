import { makeStyles, Table, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactElement, ReactNode } from "react";
import { EmptyState } from "../../../components/empty-state";
import { ErrorView } from "../../../components/error-view";
import { Loading } from "../../../components/loading";

const useStyles = makeStyles({ scroller: { overflowX: "auto" } });

/**
 * A table read by a query: its loading, error and empty states, else the table named by `label` with
 * its column headings (`null` for a column the user does not see) and rows.
 */
export function QueryTable<T>({
  query,
  isEmpty,
  loading,
  empty,
  emptyIcon,
  label,
  columns,
  children,
}: {
  query: UseQueryResult<T>;
  isEmpty: (data: T) => boolean;
  loading: string;
  empty: string;
  emptyIcon: ReactElement;
  label: string;
  columns: ReadonlyArray<string | null>;
  children: (data: T) => ReactNode;
}) {
  const styles = useStyles();
  const data = query.data;
  if (query.isPending) return <Loading label={loading} />;
  if (data === undefined) return <ErrorView error={query.error} onRetry={() => void query.refetch()} />;
  if (isEmpty(data)) return <EmptyState icon={emptyIcon}>{empty}</EmptyState>;
  return (
    <div className={styles.scroller}>
      <Table aria-label={label}>
        <TableHeader>
          <TableRow>
            {columns.map((column) =>
              column === null ? null : (
                <TableHeaderCell key={column} scope="col">
                  {column}
                </TableHeaderCell>
              ),
            )}
          </TableRow>
        </TableHeader>
        {children(data)}
      </Table>
    </div>
  );
}
