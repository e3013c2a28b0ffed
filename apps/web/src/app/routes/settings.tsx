import { useTranslation } from "react-i18next";
import { Page } from "../../components/page";
import { useStackStyles } from "../../components/stack-styles";
import { RotationPolicies } from "../../features/rotation-policies/components/rotation-policies-section";
import { AuditCheckpoints } from "../../features/settings/components/audit-checkpoints";
import { KeyAgePolicy } from "../../features/settings/components/key-age-policy";
import { WorkspaceConnections } from "../../features/settings/components/workspace-connections";
import { Webhooks } from "../../features/webhooks/components/webhooks-section";

/** Admin settings (settings:admin, guarded by the router): connections, the key-age policy, checkpoints, rotation policies, webhooks. */
export function SettingsRoute() {
  const stack = useStackStyles();
  const { t } = useTranslation();
  return (
    <Page title={t("common.screens.settings.title")}>
      <div className={stack.xxxl}>
        <WorkspaceConnections />
        <KeyAgePolicy />
        <AuditCheckpoints />
        <RotationPolicies />
        <Webhooks />
      </div>
    </Page>
  );
}
