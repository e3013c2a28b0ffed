import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { PostureFinding } from "@keyturn/api-contract";
import type { PostureRuleId } from "@keyturn/auth-domain";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useFindingText } from "../finding-text";
import { ColumnHeader } from "./column-header";
import { SeverityBadge } from "./severity-badge";
import { useTableStyles } from "./table-styles";

const useStyles = makeStyles({
  scroller: { overflowX: "auto" },
  link: { color: tokens.colorBrandForegroundLink, fontWeight: tokens.fontWeightSemibold },
  muted: { display: "block", color: tokens.colorNeutralForeground3 },
  text: { minWidth: "220px" },
});

/** The deployment tab where a finding is fixed: keys for key age, Authentication for the rest. */
const TAB: Record<PostureRuleId, "auth" | "keys"> = {
  "auth-disabled": "auth",
  "key-too-old": "keys",
  "key-never-rotated": "keys",
  "token-cross-region": "auth",
  "key-auth-where-token-possible": "auth",
};

/** The findings: severity, the deployment (a link to where to fix it), what is wrong, what to do. */
export function FindingsTable({
  findings,
  labelledBy,
}: {
  findings: readonly PostureFinding[];
  labelledBy: string;
}) {
  const styles = useStyles();
  const table = useTableStyles();
  const { t } = useTranslation();
  const text = useFindingText();
  return (
    <div className={styles.scroller}>
      <table className={table.table} aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <ColumnHeader>{t("posture.findings.columns.severity")}</ColumnHeader>
            <ColumnHeader>{t("posture.findings.columns.deployment")}</ColumnHeader>
            <ColumnHeader>{t("posture.findings.columns.finding")}</ColumnHeader>
            <ColumnHeader>{t("posture.findings.columns.remedy")}</ColumnHeader>
          </tr>
        </thead>
        <tbody>
          {findings.map((finding, index) => {
            const { message, remedy } = text(finding);
            return (
              // Findings have no id, and one deployment may break a rule twice (once per key); the
              // list only grows at its end, so the position keeps keys stable.
              <tr key={`${finding.workspace}/${finding.deployment}/${finding.ruleId}/${index}`}>
                <td className={table.td}>
                  <SeverityBadge severity={finding.severity} />
                </td>
                <th scope="row" className={table.rowHeader}>
                  <Link
                    to="/deployments/$workspace/$name"
                    params={{ workspace: finding.workspace, name: finding.deployment }}
                    search={{ tab: TAB[finding.ruleId] }}
                    className={styles.link}
                  >
                    {finding.deployment}
                  </Link>
                  <Text size={200} className={styles.muted}>
                    {t("posture.findings.where", {
                      workspace: finding.workspace,
                      compute: t(`deployment.computeTypes.${finding.computeType}`),
                    })}
                  </Text>
                </th>
                <td className={`${table.td} ${styles.text}`}>
                  <Text weight="semibold" className={styles.muted}>
                    {t(`posture.rules.${finding.ruleId}`)}
                  </Text>
                  {message}
                </td>
                <td className={`${table.td} ${styles.text}`}>{remedy}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
