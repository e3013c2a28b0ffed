import { useTranslation } from "react-i18next";
import { ErrorView } from "../../../components/error-view";
import { Loading } from "../../../components/loading";
import { Section } from "../../../components/section";
import { TREND_DAYS, usePostureTrend } from "../api/get-posture-trend";
import { TrendChart } from "./trend-chart";

/** The daily snapshots of the last 30 days, as a chart; its own loading and error states. */
export function PostureTrend() {
  const { t } = useTranslation();
  const trend = usePostureTrend(TREND_DAYS);
  return (
    <Section title={t("posture.trend.title", { count: TREND_DAYS })}>
      {trend.isPending ? (
        <Loading label={t("posture.trend.loading")} />
      ) : trend.isError ? (
        <ErrorView error={trend.error} onRetry={() => void trend.refetch()} />
      ) : (
        <TrendChart days={trend.data.days} />
      )}
    </Section>
  );
}
