import { Link, makeStyles, tokens } from "@fluentui/react-components";
import { Open16Regular } from "@fluentui/react-icons";
import type { DeploymentDetail } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";
import { AuthModeBadge } from "../../../components/auth-mode-badge";
import { CopyableCode } from "../../../components/copy-button";
import { type Description, DescriptionList } from "../../../components/description-list";
import { RelativeTime } from "../../../components/relative-time";
import { ServiceStateBadge } from "../../../components/service-state-badge";
import { useRegionName } from "../../../lib/i18n/region-name";

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3 },
});

/** What a deployment is and where it runs: compute, regions, state, endpoints, dates. */
export function DeploymentOverview({ deployment }: { deployment: DeploymentDetail }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const regionName = useRegionName();
  const muted = (text: string) => <span className={styles.muted}>{text}</span>;
  const rows: Description[] = [
    [
      t("deployment.overview.compute"),
      deployment.computeName
        ? t("deployment.overview.computeWithCluster", {
            compute: t(`deployment.computeTypes.${deployment.computeType}`),
            cluster: deployment.computeName,
          })
        : t(`deployment.computeTypes.${deployment.computeType}`),
    ],
    [t("deployment.overview.state"), <ServiceStateBadge key="state" state={deployment.state} />],
    [t("deployment.overview.authMode"), <AuthModeBadge key="auth" mode={deployment.auth.mode} />],
    [
      t("deployment.overview.workspace"),
      t("deployment.overview.workspaceIn", {
        workspace: deployment.workspace,
        region: regionName(deployment.workspaceRegion),
      }),
    ],
    [
      // AKS runs in its cluster's region; ACI in its container group's.
      deployment.computeType === "AKS"
        ? t("deployment.overview.clusterRegion")
        : t("deployment.overview.containerRegion"),
      deployment.clusterRegion
        ? regionName(deployment.clusterRegion)
        : muted(t("deployment.overview.unknown")),
    ],
    [
      t("deployment.overview.scoringUri"),
      deployment.scoringUri ? (
        <CopyableCode value={deployment.scoringUri} name={t("deployment.overview.scoringUri")} />
      ) : (
        muted(t("deployment.overview.notYet"))
      ),
    ],
    [
      t("deployment.overview.swagger"),
      deployment.swaggerUri ? (
        <Link href={deployment.swaggerUri} target="_blank" rel="noopener noreferrer">
          {t("deployment.overview.swaggerLink")} <Open16Regular aria-hidden="true" />
        </Link>
      ) : (
        // A last-known detail (region down) does not know it; a live one does not have it yet.
        muted(t(deployment.lastKnown ? "deployment.overview.unknown" : "deployment.overview.notYet"))
      ),
    ],
    [t("deployment.overview.connection"), deployment.connection.name],
    [t("deployment.overview.created"), <RelativeTime key="created" at={deployment.createdAt} />],
    [t("deployment.overview.updated"), <RelativeTime key="updated" at={deployment.updatedAt} />],
  ];
  return <DescriptionList items={rows} variant="properties" />;
}
