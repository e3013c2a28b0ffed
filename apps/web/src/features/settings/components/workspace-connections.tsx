import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { Add20Regular, PlugDisconnected20Regular } from "@fluentui/react-icons";
import { type ReactNode, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Can } from "../../../components/can";
import { EmptyState } from "../../../components/empty-state";
import { ErrorView } from "../../../components/error-view";
import { Loading } from "../../../components/loading";
import { useConnections } from "../api/get-connections";
import { ConnectionDialog } from "./connection-dialog";
import { ConnectionsTable } from "./connections-table";
import { InventorySyncButton } from "./inventory-sync-button";
import { SettingsSection } from "./settings-section";

const useStyles = makeStyles({
  toolbar: { display: "flex", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * Where the console reaches Azure ML, and with which principal (Admin only): the connections, each
 * with its principal and the secret's fingerprint (never a secret), to add, edit, test or remove;
 * and "Sync inventory now".
 */
export function WorkspaceConnections() {
  const styles = useStyles();
  const { t } = useTranslation();
  const query = useConnections();
  const addButton = useRef<HTMLButtonElement>(null);

  let content: ReactNode;
  if (query.isPending) content = <Loading label={t("settings.connections.loading")} />;
  else if (query.isError) content = <ErrorView error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.items.length === 0) {
    content = <EmptyState icon={<PlugDisconnected20Regular />}>{t("settings.connections.empty")}</EmptyState>;
  } else {
    content = (
      <>
        <ConnectionsTable connections={query.data.items} onRemoved={() => addButton.current?.focus()} />
        <Text as="p" size={200} className={styles.muted}>
          {t("settings.connections.countsNote")}
        </Text>
      </>
    );
  }

  return (
    <SettingsSection title={t("settings.connections.title")} intro={t("settings.connections.intro")}>
      <div className={styles.toolbar}>
        <Can permission="settings:admin">
          <ConnectionDialog
            trigger={
              <Button ref={addButton} appearance="primary" icon={<Add20Regular />}>
                {t("settings.connections.add")}
              </Button>
            }
          />
        </Can>
        <Can permission="settings:admin">
          <InventorySyncButton />
        </Can>
      </div>
      {content}
    </SettingsSection>
  );
}
