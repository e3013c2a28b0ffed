import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { PostureFinding } from "@keyturn/api-contract";
import type { FleetPostureRuleId } from "@keyturn/auth-domain";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { type Card, CardList, useCardLayout } from "../../../components/card-list";
import { SeverityBadge } from "../../../components/severity-badge";
import { useFindingText } from "../finding-text";
import { ColumnHeader } from "./column-header";
import { useTableStyles } from "./table-styles";

const useStyles = makeStyles({
  scroller: { overflowX: "auto" },
  link: { color: tokens.colorBrandForegroundLink, fontWeight: tokens.fontWeightSemibold },
  muted: { display: "block", color: tokens.colorNeutralForeground3 },
  text: { minWidth: "220px" },
});

/**
 * The deployment tab where a finding is fixed: keys for key age, Authentication for the rest; a v1
 * service whose SDK support ended links to its way to v2 instead.
 */
const TAB: Record<Exclude<FleetPostureRuleId, "v1-support-ended">, "auth" | "keys"> = {
  "auth-disabled": "auth",
  "key-too-old": "keys",
  "key-never-rotated": "keys",
  "token-cross-region": "auth",
  "key-auth-where-token-possible": "auth",
  "key-auth-where-entra-possible": "auth",
  "rotation-overdue": "keys",
  "rotation-failed": "keys",
};

/** The deployment of a finding, linking to where it is fixed. */
function DeploymentLink({ finding, className }: { finding: PostureFinding; className: string }) {
  const params = { workspace: finding.workspace, name: finding.deployment };
  return finding.ruleId === "v1-support-ended" ? (
    <Link to="/deployments/$workspace/$name/migration" params={params} className={className}>
      {finding.deployment}
    </Link>
  ) : (
    <Link
      to="/deployments/$workspace/$name"
      params={params}
      search={{ tab: TAB[finding.ruleId] }}
      className={className}
    >
      {finding.deployment}
    </Link>
  );
}

/**
 * Findings have no id; one deployment may break a rule twice (once per key), which the key type tells
 * apart. The position covers what is left (rows hold no state).
 */
const findingKey = (finding: PostureFinding, index: number) =>
  `${finding.workspace}/${finding.deployment}/${finding.ruleId}/${finding.keyType ?? index}`;

/**
 * The findings: severity, the deployment (a link to where to fix it), what is wrong, what to do; on a
 * phone, a card each.
 */
export function FindingsTable({
  findings,
  labelledBy,
}: {
  findings: readonly PostureFinding[];
  labelledBy: string;
}) {
  const styles = useStyles();
  const table = useTableStyles();
  const cards = useCardLayout();
  const { t } = useTranslation();
  const text = useFindingText();
  const where = (finding: PostureFinding) =>
    t("posture.findings.where", {
      workspace: finding.workspace,
      compute: t(`deployment.computeTypes.${finding.computeType}`),
    });
  const rule = (finding: PostureFinding) => (
    <Text weight="semibold" className={styles.muted}>
      {t(`posture.rules.${finding.ruleId}`)}
    </Text>
  );
  if (cards) {
    return (
      <CardList
        labelledBy={labelledBy}
        cards={findings.map((finding, index): Card => {
          const { message, remedy } = text(finding);
          return {
            key: findingKey(finding, index),
            title: <DeploymentLink finding={finding} className={styles.link} />,
            subtitle: where(finding),
            badge: <SeverityBadge severity={finding.severity} />,
            facts: [
              [
                t("posture.findings.columns.finding"),
                <>
                  {rule(finding)}
                  {message}
                </>,
              ],
              [t("posture.findings.columns.remedy"), remedy],
            ],
          };
        })}
      />
    );
  }
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
              <tr key={findingKey(finding, index)}>
                <td className={table.td}>
                  <SeverityBadge severity={finding.severity} />
                </td>
                <th scope="row" className={table.rowHeader}>
                  <DeploymentLink finding={finding} className={styles.link} />
                  <Text size={200} className={styles.muted}>
                    {where(finding)}
                  </Text>
                </th>
                <td className={`${table.td} ${styles.text}`}>
                  {rule(finding)}
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
