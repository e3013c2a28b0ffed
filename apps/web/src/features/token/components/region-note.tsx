import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { TokenMetadata } from "@keyturn/api-contract";
import { isCrossRegionTokenRisk, isKnownRegion } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../lib/i18n/format";
import { useRegionName } from "../../../lib/i18n/region-name";
import { useRegionLatency } from "../api/get-region-latency";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0 },
});

/**
 * Where tokens come from (the seed: the workspace's region) and how long fetching one takes: this
 * fetch, and the region's p50/p95 measured by the BFF; warns when the service runs elsewhere.
 */
export function RegionNote({
  token,
  clusterRegion,
}: {
  token: TokenMetadata;
  clusterRegion?: string | null;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const regionName = useRegionName();
  const { formatNumber } = useFormatters();
  const latency = useRegionLatency();
  const ms = (value: number) =>
    formatNumber(value, {
      style: "unit",
      unit: "millisecond",
      unitDisplay: "short",
      maximumFractionDigits: 0,
    });
  const region = regionName(token.region);
  const stats = latency.data?.regions.find((entry) => entry.region === token.region);
  const crossRegion =
    isKnownRegion(clusterRegion) &&
    isKnownRegion(token.region) &&
    isCrossRegionTokenRisk({ tokenAuth: true, workspaceRegion: token.region, clusterRegion });

  return (
    <div className={styles.root}>
      <Text as="p">
        {t("token.region.source", { region })}{" "}
        {t(token.cached ? "token.region.cachedFetch" : "token.region.fetch", {
          latency: ms(token.latencyMs),
        })}
      </Text>
      {stats && stats.samples > 0 ? (
        <Text as="p">
          {t("token.region.stats", {
            region,
            p50: ms(stats.p50Ms),
            p95: ms(stats.p95Ms),
            count: stats.samples,
          })}
        </Text>
      ) : null}
      {crossRegion ? (
        <Text as="p">{t("token.region.crossRegion", { cluster: regionName(clusterRegion), region })}</Text>
      ) : clusterRegion === token.region ? (
        <Text as="p">{t("token.region.sameRegion")}</Text>
      ) : null}
    </div>
  );
}
