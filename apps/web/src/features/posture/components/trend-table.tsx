import { makeStyles } from "@fluentui/react-components";
import type { PostureTrendDay } from "@keyturn/api-contract";
import { SEVERITIES } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../lib/i18n/format";

const useStyles = makeStyles({
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

/** The trend chart's numbers, for screen readers: one row a day, a column per severity. */
export function TrendTable({ days }: { days: readonly PostureTrendDay[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { formatNumber, formatDateTime } = useFormatters();
  return (
    <table className={styles.visuallyHidden}>
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
