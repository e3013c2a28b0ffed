import type { PostureTrendDay } from "@keyturn/api-contract";
import { SEVERITIES } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";
import { useVisuallyHiddenStyles } from "../../../components/visually-hidden";
import { useFormatters } from "../../../lib/i18n/format";

/** The trend chart's numbers, for screen readers: one row a day, a column per severity. */
export function TrendTable({ days }: { days: readonly PostureTrendDay[] }) {
  const hidden = useVisuallyHiddenStyles();
  const { t } = useTranslation();
  const { formatNumber, formatDateTime } = useFormatters();
  return (
    <table className={hidden.root}>
      <caption>{t("posture.trend.tableCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("posture.trend.day")}</th>
          {SEVERITIES.map((severity) => (
            <th key={severity} scope="col">
              {t(`posture.severities.${severity}`)}
            </th>
          ))}
          <th scope="col">{t("posture.trend.total")}</th>
        </tr>
      </thead>
      <tbody>
        {days.map((day) => (
          <tr key={day.day}>
            <th scope="row">{formatDateTime(day.day, { dateStyle: "medium", timeZone: "UTC" })}</th>
            {SEVERITIES.map((severity) => (
              <td key={severity}>{formatNumber(day.bySeverity[severity] ?? 0)}</td>
            ))}
            <td>{formatNumber(day.findings)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
