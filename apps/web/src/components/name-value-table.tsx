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
  /** What names the table: the id of a heading (`labelledBy`), or its own `label`. */
  labelledBy?: string;
  label?: string;
  nameHeader: string;
  valueHeader: string;
  /** Names are unique (they key the rows) and shown in a monospace font. */
  rows: ReadonlyArray<readonly [name: string, value: string]>;
  /** `wire`: values as they came over the wire, in a monospace font (default); `words`: in the text font. */
  values?: "wire" | "words";
}

/** Names and their values in two columns: token claims, response headers, workspaces and their regions. */
export function NameValueTable({
  labelledBy,
  label,
  nameHeader,
  valueHeader,
  rows,
  values = "wire",
}: NameValueTableProps) {
  const styles = useStyles();
  return (
    <Table size="small" aria-labelledby={labelledBy} aria-label={label}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{nameHeader}</TableHeaderCell>
          <TableHeaderCell scope="col">{valueHeader}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map(([name, value]) => (
          <TableRow key={name}>
            <TableCell>
              <code className={styles.mono}>{name}</code>
            </TableCell>
            <TableCell>{values === "wire" ? <span className={styles.mono}>{value}</span> : value}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
