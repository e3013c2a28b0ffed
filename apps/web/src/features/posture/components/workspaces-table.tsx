import { makeStyles } from "@fluentui/react-components";
import type { WorkspacePosture } from "@keyturn/api-contract";
import { SEVERITIES } from "@keyturn/auth-domain";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { type Card, CardList, useCardLayout } from "../../../components/card-list";
import { EmptyState } from "../../../components/empty-state";
import { Section } from "../../../components/section";
import { useFormatters } from "../../../lib/i18n/format";
import { ColumnHeader } from "./column-header";
import { useTableStyles } from "./table-styles";

const useStyles = makeStyles({
  scroller: { overflowX: "auto" },
});

/** Deployments and findings of each workspace, by severity; on a phone, a card each. */
export function WorkspacesTable({ workspaces }: { workspaces: readonly WorkspacePosture[] }) {
  const styles = useStyles();
  const table = useTableStyles();
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const titleId = useId();
  const cards = useCardLayout();
  const counts = (ws: WorkspacePosture) => [
    [t("posture.summary.deployments"), formatNumber(ws.deployments)] as const,
    [t("posture.summary.findings"), formatNumber(ws.findings)] as const,
    ...SEVERITIES.map(
      (severity) =>
        [t(`posture.severities.${severity}`), formatNumber(ws.bySeverity[severity] ?? 0)] as const,
    ),
  ];
  return (
    <Section title={t("posture.workspaces.title")} headingId={titleId}>
      {workspaces.length === 0 ? (
        <EmptyState>{t("posture.workspaces.empty")}</EmptyState>
      ) : cards ? (
        <CardList
          labelledBy={titleId}
          cards={workspaces.map(
            (ws): Card => ({ key: ws.workspace, title: ws.workspace, facts: counts(ws) }),
          )}
        />
      ) : (
        <div className={styles.scroller}>
          <table className={table.table} aria-labelledby={titleId}>
            <thead>
              <tr>
                <ColumnHeader>{t("posture.workspaces.workspace")}</ColumnHeader>
                <ColumnHeader numeric>{t("posture.summary.deployments")}</ColumnHeader>
                <ColumnHeader numeric>{t("posture.summary.findings")}</ColumnHeader>
                {SEVERITIES.map((severity) => (
                  <ColumnHeader key={severity} numeric>
                    {t(`posture.severities.${severity}`)}
                  </ColumnHeader>
                ))}
              </tr>
            </thead>
            <tbody>
              {workspaces.map((ws) => (
                <tr key={ws.workspace}>
                  <th scope="row" className={table.rowHeader}>
                    {ws.workspace}
                  </th>
                  <td className={table.number}>{formatNumber(ws.deployments)}</td>
                  <td className={table.number}>{formatNumber(ws.findings)}</td>
                  {SEVERITIES.map((severity) => (
                    <td key={severity} className={table.number}>
                      {formatNumber(ws.bySeverity[severity] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
