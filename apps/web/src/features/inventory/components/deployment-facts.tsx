import type { DeploymentSummary } from "@keyturn/api-contract";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { AuthModeBadge } from "../../../components/auth-mode-badge";
import { ServiceStateBadge } from "../../../components/service-state-badge";
import { useRegionName } from "../../../lib/i18n/region-name";
import { EndpointModeBadge } from "./endpoint-mode-badge";
import { ReadOnlyBadge } from "./read-only-badge";

/** A deployment's auth: a web service's mode, an endpoint's, or why a read-only row has none. */
export function DeploymentAuth({ item }: { item: DeploymentSummary }) {
  if (item.auth) return <AuthModeBadge mode={item.auth.mode} />;
  if (item.endpointAuthMode) return <EndpointModeBadge mode={item.endpointAuthMode} />;
  return <ReadOnlyBadge kind={item.computeType} />;
}

/** A deployment's state, or that a read-only kind does not report one. */
export function DeploymentState({ item }: { item: DeploymentSummary }) {
  const { t } = useTranslation();
  return item.state === null ? t("inventory.readOnly.noState") : <ServiceStateBadge state={item.state} />;
}

/** Where a deployment is: its workspace's region, and the cluster's when the service runs elsewhere. */
export function useRegionsText(): (item: DeploymentSummary) => string {
  const { t } = useTranslation();
  const regionName = useRegionName();
  return useCallback(
    (item: DeploymentSummary) =>
      item.clusterRegion !== null && item.clusterRegion !== item.workspaceRegion
        ? t("inventory.regions.split", {
            workspace: regionName(item.workspaceRegion),
            cluster: regionName(item.clusterRegion),
          })
        : regionName(item.workspaceRegion),
    [t, regionName],
  );
}
