import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import type { PostureReport } from "@keyturn/api-contract";
import { FleetPostureRuleIdSchema, SEVERITIES } from "@keyturn/auth-domain";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useMomentWords } from "../../../components/relative-time";
import { Section } from "../../../components/section";
import { useFormatters } from "../../../lib/i18n/format";
import { ColumnHeader } from "./column-header";
import { useTableStyles } from "./table-styles";

const useStyles = makeStyles({
  cards: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  card: {
    display: "flex",
    // The number shows above its label; the label comes first for screen readers.
    flexDirection: "column-reverse",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  high: {
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderInlineStartColor: tokens.colorPaletteRedBorder2,
  },
  count: {
    margin: 0,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  rules: { maxWidth: "560px" },
});

/** One number under its label, as a term and its value of the summary's description list. */
function Stat({ label, value, className }: { label: string; value: string; className?: string }) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.card, className)}>
      <dt className={styles.muted}>{label}</dt>
      <dd className={styles.count}>{value}</dd>
    </div>
  );
}

/** The whole inventory's posture: totals, counts by severity and rule, and the policy applied. */
export function PostureSummary({ report }: { report: PostureReport }) {
  const styles = useStyles();
  const table = useTableStyles();
  const { t } = useTranslation();
  const { formatNumber, formatDateTime } = useFormatters();
  const momentWords = useMomentWords();
  const rulesId = useId();
  const { summary, policy } = report;
  const maxKeyAge = formatNumber(policy.maxKeyAgeDays, { style: "unit", unit: "day", unitDisplay: "long" });
  const changed = policy.updatedAt
    ? policy.updatedBy
      ? t("posture.summary.policyChangedBy", {
          date: formatDateTime(policy.updatedAt),
          who: policy.updatedBy,
        })
      : t("posture.summary.policyChanged", { date: formatDateTime(policy.updatedAt) })
    : t("posture.summary.policyDefault");

  return (
    <Section title={t("posture.summary.title")}>
      <Text className={styles.muted}>
        {t("posture.summary.generatedAt", { date: momentWords(report.generatedAt) })}{" "}
        {t("posture.summary.policy", { maxKeyAge })} {changed}
      </Text>
      <dl className={styles.cards}>
        <Stat label={t("posture.summary.deployments")} value={formatNumber(summary.deployments)} />
        <Stat label={t("posture.summary.findings")} value={formatNumber(summary.findings)} />
        {SEVERITIES.map((severity) => (
          <Stat
            key={severity}
            label={t(`posture.severities.${severity}`)}
            value={formatNumber(summary.bySeverity[severity] ?? 0)}
            className={severity === "high" && (summary.bySeverity.high ?? 0) > 0 ? styles.high : undefined}
          />
        ))}
      </dl>
      <table className={`${table.table} ${styles.rules}`} aria-labelledby={rulesId}>
        <caption id={rulesId} className={table.caption}>
          {t("posture.summary.byRule")}
        </caption>
        <thead>
          <tr>
            <ColumnHeader>{t("posture.summary.rule")}</ColumnHeader>
            <ColumnHeader numeric>{t("posture.summary.findings")}</ColumnHeader>
          </tr>
        </thead>
        <tbody>
          {FleetPostureRuleIdSchema.options.map((rule) => (
            <tr key={rule}>
              <th scope="row" className={table.rowHeader}>
                {t(`posture.rules.${rule}`)}
              </th>
              <td className={table.number}>{formatNumber(summary.byRule[rule] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
