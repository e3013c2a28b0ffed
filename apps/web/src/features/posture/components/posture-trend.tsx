import { makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { ErrorView } from "../../../components/error-view";
import { Loading } from "../../../components/loading";
import { TREND_DAYS, usePostureTrend } from "../api/get-posture-trend";
import { TrendChart } from "./trend-chart";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** The daily snapshots of the last 30 days, as a chart; its own loading and error states. */
export function PostureTrend() {
  const styles = useStyles();
  const { t } = useTranslation();
  const titleId = useId();
  const trend = usePostureTrend(TREND_DAYS);
  return (
    <section aria-labelledby={titleId} className={styles.root}>
      <Subtitle1 as="h2" id={titleId}>
        {t("posture.trend.title", { count: TREND_DAYS })}
      </Subtitle1>
      {trend.isPending ? (
        <Loading label={t("posture.trend.loading")} />
      ) : trend.isError ? (
        <ErrorView error={trend.error} onRetry={() => void trend.refetch()} />
      ) : (
        <TrendChart days={trend.data.days} />
      )}
    </section>
  );
}
