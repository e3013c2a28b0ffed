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

const useStyles = makeStyles({
  mono: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all" },
});

export interface NameValueTableProps {
  /** The id of the heading that names the table. */
  labelledBy: string;
  nameHeader: string;
  valueHeader: string;
  /** Names are unique (they key the rows); both columns are shown in a monospace font. */
  rows: ReadonlyArray<readonly [name: string, value: string]>;
}

/** Names and values as they came over the wire (token claims, response headers): two columns. */
export function NameValueTable({ labelledBy, nameHeader, valueHeader, rows }: NameValueTableProps) {
  const styles = useStyles();
  return (
    <Table size="small" aria-labelledby={labelledBy}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{nameHeader}</TableHeaderCell>
          <TableHeaderCell>{valueHeader}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map(([name, value]) => (
          <TableRow key={name}>
            <TableCell>
              <code className={styles.mono}>{name}</code>
            </TableCell>
            <TableCell>
              <span className={styles.mono}>{value}</span>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
