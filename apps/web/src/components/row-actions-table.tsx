import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  scroller: { overflowX: "auto" },
  top: { verticalAlign: "top", paddingBlock: tokens.spacingVerticalS },
  number: { textAlign: "end", verticalAlign: "top", paddingBlock: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export interface RowColumn<Row> {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** A count: header and cells aligned to the end. */
  numeric?: boolean;
}

export interface RowActionsTableProps<Row> {
  /** The table's accessible name. */
  label: string;
  columns: readonly RowColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The header of the last column, the row's buttons. */
  actionsHeader: string;
  /** The buttons acting on a row; each should name the row in its accessible name. */
  actions: (row: Row) => ReactNode;
  size?: "small" | "medium";
}

/**
 * A list of things as a table whose last column holds what acts on each row (edit, test, delete…):
 * cells aligned to their top, the buttons wrapping, the table scrolling sideways inside its box.
 */
export function RowActionsTable<Row>({
  label,
  columns,
  rows,
  rowKey,
  actionsHeader,
  actions,
  size,
}: RowActionsTableProps<Row>) {
  const styles = useStyles();
  const cellClass = (column: RowColumn<Row>) => (column.numeric ? styles.number : styles.top);
  return (
    <div className={styles.scroller}>
      <Table aria-label={label} size={size}>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell
                key={column.key}
                scope="col"
                className={column.numeric ? styles.number : undefined}
              >
                {column.header}
              </TableHeaderCell>
            ))}
            <TableHeaderCell scope="col">{actionsHeader}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)}>
              {columns.map((column) => (
                <TableCell key={column.key} className={cellClass(column)}>
                  {column.cell(row)}
                </TableCell>
              ))}
              <TableCell className={styles.top}>
                <div className={styles.actions}>{actions(row)}</div>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
