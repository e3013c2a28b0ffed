import { Button, makeStyles } from "@fluentui/react-components";
import { Edit20Regular } from "@fluentui/react-icons";
import type { Connection } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";
import { RelativeTime } from "../../../components/relative-time";
import { RowActionsTable, type RowColumn } from "../../../components/row-actions-table";
import { useFormatters } from "../../../lib/i18n/format";
import { ConnectionPrincipal, ConnectionScope } from "./connection-cells";
import { ConnectionDialog } from "./connection-dialog";
import { RemoveConnectionDialog } from "./remove-connection-dialog";
import { TestConnectionDialog } from "./test-connection-dialog";

const useStyles = makeStyles({
  endpoint: { wordBreak: "break-all" },
});

type Key = "name" | "scope" | "endpoint" | "principal" | "workspaces" | "deployments" | "changed";

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
  const { formatNumber } = useFormatters();
  const column = (
    key: Key,
    cell: RowColumn<Connection>["cell"],
    numeric?: boolean,
  ): RowColumn<Connection> => ({ key, header: t(`settings.connections.columns.${key}`), cell, numeric });
  const columns = [
    column("name", (c) => c.name),
    column("scope", (c) => <ConnectionScope connection={c} />),
    column("endpoint", (c) => <code className={styles.endpoint}>{c.baseUrl}</code>),
    column("principal", (c) => <ConnectionPrincipal connection={c} />),
    column("workspaces", (c) => formatNumber(c.workspaceCount), true),
    column("deployments", (c) => formatNumber(c.deploymentCount), true),
    column("changed", (c) => <RelativeTime at={c.updatedAt} absolute="below" />),
  ];
  return (
    <RowActionsTable
      label={t("settings.connections.title")}
      columns={columns}
      rows={connections}
      rowKey={(c) => c.id}
      actionsHeader={t("settings.connections.columns.actions")}
      actions={(connection) => (
        <>
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
        </>
      )}
    />
  );
}
