import type { DeploymentSummary } from "@keyturn/api-contract";
import { regionDisplayName } from "@keyturn/auth-domain";
import { Link } from "@tanstack/react-router";
import { type KeyboardEvent, memo } from "react";
import { useTranslation } from "react-i18next";
import { AuthModeBadge } from "../../../components/auth-mode-badge";
import { ServiceStateBadge } from "../../../components/service-state-badge";
import { RegionRiskBadge } from "./region-risk-badge";

export interface DeploymentRowProps {
  item: DeploymentSummary;
  index: number;
  tabbable: boolean;
  rowClassName: string;
  cellClassName: string;
  linkClassName: string;
  onKeyDown: (event: KeyboardEvent<HTMLAnchorElement>, index: number) => void;
  onFocusRow: (index: number) => void;
}

/** One deployment in the inventory table; its name links to the deployment (and covers the row). */
export const DeploymentRow = memo(function DeploymentRow({
  item,
  index,
  tabbable,
  rowClassName,
  cellClassName,
  linkClassName,
  onKeyDown,
  onFocusRow,
}: DeploymentRowProps) {
  const { t } = useTranslation();
  const runsElsewhere = item.clusterRegion !== null && item.clusterRegion !== item.workspaceRegion;
  return (
    <tr aria-rowindex={index + 2} data-index={index} className={rowClassName}>
      <td className={cellClassName}>
        <Link
          to="/deployments/$workspace/$name"
          params={{ workspace: item.workspace, name: item.name }}
          className={linkClassName}
          tabIndex={tabbable ? 0 : -1}
          onKeyDown={(event) => onKeyDown(event, index)}
          onFocus={() => onFocusRow(index)}
        >
          {item.name}
        </Link>
      </td>
      <td className={cellClassName}>{item.workspace}</td>
      <td className={cellClassName}>{t(`deployment.computeTypes.${item.computeType}`)}</td>
      <td className={cellClassName}>
        <AuthModeBadge mode={item.auth.mode} />
      </td>
      <td className={cellClassName}>
        {runsElsewhere && item.clusterRegion
          ? t("inventory.regions.split", {
              workspace: regionDisplayName(item.workspaceRegion),
              cluster: regionDisplayName(item.clusterRegion),
            })
          : regionDisplayName(item.workspaceRegion)}
      </td>
      <td className={cellClassName}>
        <ServiceStateBadge state={item.state} />
      </td>
      <td className={cellClassName}>
        <RegionRiskBadge item={item} />
      </td>
    </tr>
  );
});
