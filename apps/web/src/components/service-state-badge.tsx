import type { BadgeProps } from "@fluentui/react-components";
import type { KnownDeploymentState } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";
import { StatusBadge } from "./status-badge";

const COLOR: Record<KnownDeploymentState, BadgeProps["color"]> = {
  Healthy: "success",
  Transitioning: "informative",
  Unhealthy: "warning",
  Failed: "danger",
  Unschedulable: "danger",
};

/** A web service's state as Azure reports it, in words; a state this version does not know, as is. */
export function ServiceStateBadge({ state }: { state: string }) {
  const { t } = useTranslation();
  return (
    <StatusBadge
      status={state}
      colors={COLOR}
      appearance="outline"
      words={(known) => t(`deployment.states.${known}`)}
    />
  );
}
