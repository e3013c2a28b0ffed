import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { ArrowDownload20Regular } from "@fluentui/react-icons";
import type { FleetMigrationItem } from "@keyturn/api-contract";
import { Link } from "@tanstack/react-router";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { ErrorView } from "../../../components/error-view";
import { Loading } from "../../../components/loading";
import { useStackStyles } from "../../../components/stack-styles";
import { useNotify } from "../../../components/toast";
import { useExportFleetPlans } from "../api/export-fleet-plans";
import { useFleetPlans } from "../api/get-fleet-plans";
import { MigrationNotes } from "./migration-notes";

const useStyles = makeStyles({
  scroller: { overflowX: "auto" },
  table: { borderCollapse: "collapse", width: "100%" },
  caption: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    paddingBlockEnd: tokens.spacingVerticalS,
  },
  cell: {
    textAlign: "start",
    verticalAlign: "top",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  muted: { display: "block", color: tokens.colorNeutralForeground3 },
  export: { width: "fit-content" },
});

/** The plan of every v1 service, what breaks for its callers, and the CSV export for a lead. */
export function FleetPlans() {
  const styles = useStyles();
  const stack = useStackStyles();
  const { t } = useTranslation();
  const notify = useNotify();
  const captionId = useId();
  const query = useFleetPlans();
  const exporter = useExportFleetPlans();
  if (query.isPending) return <Loading label={t("migration.fleet.loading")} />;
  if (query.isError) return <ErrorView error={query.error} onRetry={() => query.refetch()} />;
  const { plans } = query.data;
  const breaking = (item: FleetMigrationItem) =>
    item.notes.filter((n) => n.impact === "breaking").map((n) => ({ ...n, messageKey: "", facts: {} }));
  return (
    <div className={stack.l}>
      <Text>{t("migration.fleet.intro")}</Text>
      <Button
        className={styles.export}
        icon={<ArrowDownload20Regular />}
        disabled={exporter.isPending || plans.length === 0}
        onClick={() =>
          exporter.mutate(undefined, {
            onSuccess: (filename) => notify.success(t("migration.fleet.saved", { filename })),
            onError: (error) => notify.error(error),
          })
        }
      >
        {t("migration.fleet.export")}
      </Button>
      <Text role="status">{t("migration.fleet.count", { count: plans.length })}</Text>
      {plans.length === 0 ? (
        <Text>{t("migration.fleet.empty")}</Text>
      ) : (
        <div className={styles.scroller}>
          <table className={styles.table} aria-labelledby={captionId}>
            <caption id={captionId} className={styles.caption}>
              {t("migration.fleet.caption")}
            </caption>
            <thead>
              <tr>
                <th scope="col" className={styles.cell}>
                  {t("migration.fleet.columns.service")}
                </th>
                <th scope="col" className={styles.cell}>
                  {t("migration.fleet.columns.becomes")}
                </th>
                <th scope="col" className={styles.cell}>
                  {t("migration.fleet.columns.auth")}
                </th>
                <th scope="col" className={styles.cell}>
                  {t("migration.fleet.columns.breaking")}
                </th>
              </tr>
            </thead>
            <tbody>
              {plans.map((item) => (
                <tr key={`${item.workspace}/${item.service}`}>
                  <th scope="row" className={styles.cell}>
                    <Link
                      to="/deployments/$workspace/$name/migration"
                      params={{ workspace: item.workspace, name: item.service }}
                    >
                      {item.service}
                    </Link>
                    <Text size={200} className={styles.muted}>
                      {item.workspace}
                    </Text>
                  </th>
                  <td className={styles.cell}>
                    {t(`migration.endpointKinds.${item.successorKind}`)}
                    <Text size={200} className={styles.muted}>
                      <code>{item.endpointName}</code>
                    </Text>
                  </td>
                  <td className={styles.cell}>
                    {t("migration.plan.authChange", {
                      from: t(`migration.authFrom.${item.authFrom}`),
                      to: t(`migration.authTo.${item.authTo}`),
                    })}
                  </td>
                  <td className={styles.cell}>
                    <MigrationNotes notes={breaking(item)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
