import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { Edit20Regular } from "@fluentui/react-icons";
import type { Connection } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../lib/i18n/format";
import { ConnectionPrincipal, ConnectionScope } from "./connection-cells";
import { ConnectionDialog } from "./connection-dialog";
import { RemoveConnectionDialog } from "./remove-connection-dialog";
import { TestConnectionDialog } from "./test-connection-dialog";

const useStyles = makeStyles({
  scroller: { overflowX: "auto" },
  top: { verticalAlign: "top", paddingBlock: tokens.spacingVerticalS },
  number: { textAlign: "end", verticalAlign: "top", paddingBlock: tokens.spacingVerticalS },
  endpoint: { wordBreak: "break-all" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

/** One row per connection, with its actions: edit, test, remove (each names the connection). */
export function ConnectionsTable({
  connections,
  onRemoved,
}: {
  connections: readonly Connection[];
  /** After a removal (the row and its buttons are gone): where focus goes next. */
  onRemoved: () => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { formatNumber, formatDateTime } = useFormatters();
  const column = (key: "name" | "scope" | "endpoint" | "principal" | "changed" | "actions") => (
    <TableHeaderCell scope="col">{t(`settings.connections.columns.${key}`)}</TableHeaderCell>
  );
  return (
    <div className={styles.scroller}>
      <Table aria-label={t("settings.connections.title")}>
        <TableHeader>
          <TableRow>
            {column("name")}
            {column("scope")}
            {column("endpoint")}
            {column("principal")}
            <TableHeaderCell scope="col" className={styles.number}>
              {t("settings.connections.columns.workspaces")}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className={styles.number}>
              {t("settings.connections.columns.deployments")}
            </TableHeaderCell>
            {column("changed")}
            {column("actions")}
          </TableRow>
        </TableHeader>
        <TableBody>
          {connections.map((connection) => (
            <TableRow key={connection.id}>
              <TableCell className={styles.top}>{connection.name}</TableCell>
              <TableCell className={styles.top}>
                <ConnectionScope connection={connection} />
              </TableCell>
              <TableCell className={styles.top}>
                <code className={styles.endpoint}>{connection.baseUrl}</code>
              </TableCell>
              <TableCell className={styles.top}>
                <ConnectionPrincipal connection={connection} />
              </TableCell>
              <TableCell className={styles.number}>{formatNumber(connection.workspaceCount)}</TableCell>
              <TableCell className={styles.number}>{formatNumber(connection.deploymentCount)}</TableCell>
              <TableCell className={styles.top}>{formatDateTime(connection.updatedAt)}</TableCell>
              <TableCell className={styles.top}>
                <div className={styles.actions}>
                  <ConnectionDialog
                    connection={connection}
                    trigger={
                      <Button
                        icon={<Edit20Regular />}
                        aria-label={t("settings.connections.actions.editLabel", { name: connection.name })}
                      >
                        {t("settings.connections.actions.edit")}
                      </Button>
                    }
                  />
                  <TestConnectionDialog connection={connection} />
                  <RemoveConnectionDialog connection={connection} onRemoved={onRemoved} />
                </div>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
