import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ChartMultiple20Regular } from "@fluentui/react-icons";
import type { PostureTrendDay } from "@keyturn/api-contract";
import { SEVERITIES, type Severity } from "@keyturn/auth-domain";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/empty-state";
import { useFormatters } from "../../../lib/i18n/format";
import { TrendTable } from "./trend-table";

const WIDTH = 640;
const HEIGHT = 200;
const PLOT = { top: 8, right: 8, bottom: 24, left: 40 };
/** Stacked from the bottom: the most severe sits on the axis, where it is easiest to compare. */
const STACK: readonly Severity[] = SEVERITIES;

const useSeverityFills = makeStyles({
  high: { fill: tokens.colorPaletteRedBackground3, backgroundColor: tokens.colorPaletteRedBackground3 },
  medium: {
    fill: tokens.colorPaletteDarkOrangeBackground3,
    backgroundColor: tokens.colorPaletteDarkOrangeBackground3,
  },
  low: {
    fill: tokens.colorPaletteMarigoldBackground3,
    backgroundColor: tokens.colorPaletteMarigoldBackground3,
  },
  info: { fill: tokens.colorPaletteBlueBorderActive, backgroundColor: tokens.colorPaletteBlueBorderActive },
});

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", maxWidth: `${WIDTH}px`, display: "block" },
  axis: { stroke: tokens.colorNeutralStroke1 },
  grid: { stroke: tokens.colorNeutralStroke3, strokeDasharray: "2 3" },
  label: { fill: tokens.colorNeutralForeground2, fontSize: "11px" },
  legend: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, margin: 0, padding: 0 },
  legendItem: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, listStyle: "none" },
  swatch: { width: "12px", height: "12px", borderRadius: tokens.borderRadiusSmall },
});

const DAY_MS = 86_400_000;
const total = (day: PostureTrendDay) => day.findings;

/**
 * Findings per day, stacked by severity, drawn by hand in SVG. The picture is named and described
 * (from, to, first and last totals) and the numbers are all in a visually hidden table, so nothing
 * is only visual. Under two days there is no trend to draw: an empty state says so.
 */
export function TrendChart({ days }: { days: readonly PostureTrendDay[] }) {
  const styles = useStyles();
  const fills = useSeverityFills();
  const { t } = useTranslation();
  const { formatNumber, formatDateTime } = useFormatters();
  const titleId = useId();
  const descId = useId();
  const first = days[0];
  const last = days.at(-1);
  if (days.length < 2 || !first || !last) {
    return <EmptyState icon={<ChartMultiple20Regular />}>{t("posture.trend.empty")}</EmptyState>;
  }

  const dayLabel = (day: string) => formatDateTime(day, { month: "short", day: "numeric", timeZone: "UTC" });
  const from = formatDateTime(first.day, { dateStyle: "medium", timeZone: "UTC" });
  const to = formatDateTime(last.day, { dateStyle: "medium", timeZone: "UTC" });
  const max = Math.max(1, ...days.map(total));
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  // One slot a calendar day from the first to the last, so a day without a snapshot shows as a gap.
  const slotOf = (day: string) => Math.round((Date.parse(day) - Date.parse(first.day)) / DAY_MS);
  const band = plotWidth / (slotOf(last.day) + 1);
  const barWidth = Math.max(2, band * 0.7);
  const y = (value: number) => PLOT.top + plotHeight - (value / max) * plotHeight;
  const baseline = y(0);

  return (
    <>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className={styles.svg}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
      >
        <title id={titleId}>{t("posture.trend.chartLabel", { from, to })}</title>
        <desc id={descId}>
          {t("posture.trend.description", {
            from,
            to,
            first: formatNumber(total(first)),
            last: formatNumber(total(last)),
            max: formatNumber(Math.max(...days.map(total))),
          })}
        </desc>
        {[max, max / 2].map((tick) => (
          <g key={tick}>
            <line x1={PLOT.left} x2={WIDTH - PLOT.right} y1={y(tick)} y2={y(tick)} className={styles.grid} />
            <text x={PLOT.left - 6} y={y(tick) + 4} textAnchor="end" className={styles.label}>
              {formatNumber(tick, { maximumFractionDigits: 1 })}
            </text>
          </g>
        ))}
        <line x1={PLOT.left} x2={WIDTH - PLOT.right} y1={baseline} y2={baseline} className={styles.axis} />
        <text x={PLOT.left - 6} y={baseline + 4} textAnchor="end" className={styles.label}>
          {formatNumber(0)}
        </text>
        {days.map((day) => {
          const x = PLOT.left + slotOf(day.day) * band + (band - barWidth) / 2;
          let stacked = 0;
          return (
            <g key={day.day} data-day={day.day}>
              {STACK.map((severity) => {
                const count = day.bySeverity[severity] ?? 0;
                if (count === 0) return null;
                const top = y(stacked + count);
                const height = y(stacked) - top;
                stacked += count;
                return (
                  <rect
                    key={severity}
                    x={x}
                    y={top}
                    width={barWidth}
                    height={height}
                    className={fills[severity]}
                  />
                );
              })}
            </g>
          );
        })}
        <text x={PLOT.left} y={HEIGHT - 6} className={styles.label}>
          {dayLabel(first.day)}
        </text>
        <text x={WIDTH - PLOT.right} y={HEIGHT - 6} textAnchor="end" className={styles.label}>
          {dayLabel(last.day)}
        </text>
      </svg>
      <ul className={styles.legend} aria-hidden="true">
        {STACK.map((severity) => (
          <li key={severity} className={styles.legendItem}>
            <span className={mergeClasses(styles.swatch, fills[severity])} />
            {t(`posture.severities.${severity}`)}
          </li>
        ))}
      </ul>
      <TrendTable days={days} />
    </>
  );
}
