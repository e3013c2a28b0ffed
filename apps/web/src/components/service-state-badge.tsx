import { Badge, type BadgeProps } from "@fluentui/react-components";
import { type DeploymentState, DeploymentStateSchema } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";

const COLOR: Record<DeploymentState, BadgeProps["color"]> = {
  Healthy: "success",
  Transitioning: "informative",
  Unhealthy: "warning",
  Failed: "danger",
  Unschedulable: "danger",
};

/** A web service's state as Azure reports it, in words; a state this version does not know, as is. */
export function ServiceStateBadge({ state }: { state: string }) {
  const { t } = useTranslation();
  const known = DeploymentStateSchema.safeParse(state);
  if (!known.success) {
    return (
      <Badge appearance="outline" color="subtle">
        {state}
      </Badge>
    );
  }
  return (
    <Badge appearance="outline" color={COLOR[known.data]}>
      {t(`deployment.states.${known.data}`)}
    </Badge>
  );
}
