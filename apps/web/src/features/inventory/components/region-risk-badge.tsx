import { Badge } from "@fluentui/react-components";
import { Warning16Regular } from "@fluentui/react-icons";
import type { DeploymentSummary } from "@keyturn/api-contract";
import { isCrossRegionTokenRisk } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";

/**
 * The inventory's finding: token auth with the workspace and the cluster in different regions
 * (auth-domain's `isCrossRegionTokenRisk`). Nothing when the rule does not apply.
 */
export function RegionRiskBadge({ item }: { item: DeploymentSummary }) {
  const { t } = useTranslation();
  const { auth, workspaceRegion, clusterRegion } = item;
  if (!isCrossRegionTokenRisk({ tokenAuth: auth.tokenAuth, workspaceRegion, clusterRegion })) return null;
  return (
    <Badge appearance="tint" color="warning" icon={<Warning16Regular />}>
      {t("inventory.findings.regionRisk")}
    </Badge>
  );
}
