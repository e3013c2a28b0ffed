import { makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { Page } from "../../components/page";
import { AuditCheckpoints } from "../../features/settings/components/audit-checkpoints";
import { KeyAgePolicy } from "../../features/settings/components/key-age-policy";
import { WorkspaceConnections } from "../../features/settings/components/workspace-connections";

const useStyles = makeStyles({
  sections: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXXL },
});

/** Admin settings (settings:admin, guarded by the router): connections, the key-age policy, checkpoints. */
export function SettingsRoute() {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <Page title={t("common.screens.settings.title")}>
      <div className={styles.sections}>
        <WorkspaceConnections />
        <KeyAgePolicy />
        <AuditCheckpoints />
      </div>
    </Page>
  );
}
