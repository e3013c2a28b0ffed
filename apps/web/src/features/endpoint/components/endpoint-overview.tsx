import { makeStyles, tokens } from "@fluentui/react-components";
import type { EndpointDetail } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";
import { CopyableCode } from "../../../components/copy-button";
import { DescriptionList } from "../../../components/description-list";
import { RelativeTime } from "../../../components/relative-time";
import { Section } from "../../../components/section";
import { useRegionName } from "../../../lib/i18n/region-name";

const useStyles = makeStyles({
  traffic: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** What the endpoint is: kind, mode, region, state, scoring URI, the traffic split across deployments. */
export function EndpointOverview({ endpoint }: { endpoint: EndpointDetail }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const regionName = useRegionName();
  const unknown = t("endpoint.overview.unknown");
  return (
    <Section title={t("endpoint.overview.title")}>
      <DescriptionList
        variant="properties"
        items={[
          [t("endpoint.overview.kind"), t(`endpoint.kind.${endpoint.kind}`)],
          [t("endpoint.overview.authMode"), t(`endpoint.mode.${endpoint.authMode}`)],
          [t("endpoint.overview.region"), endpoint.region ? regionName(endpoint.region) : endpoint.location],
          [t("endpoint.overview.state"), endpoint.provisioningState ?? unknown],
          [
            t("endpoint.overview.scoringUri"),
            endpoint.scoringUri ? (
              <CopyableCode value={endpoint.scoringUri} name={t("endpoint.overview.scoringUri")} />
            ) : (
              unknown
            ),
          ],
          ...(endpoint.compute ? [[t("endpoint.overview.compute"), endpoint.compute] as const] : []),
          [
            t("endpoint.overview.traffic"),
            <ul className={styles.traffic}>
              {endpoint.traffic.map((share) => (
                <li key={share.deployment}>{t("endpoint.overview.trafficShare", share)}</li>
              ))}
            </ul>,
          ],
          [t("endpoint.overview.connection"), endpoint.connection.name],
          [
            t("endpoint.overview.updated"),
            endpoint.updatedAt ? <RelativeTime at={endpoint.updatedAt} /> : unknown,
          ],
        ]}
      />
    </Section>
  );
}
