import { makeStyles, tokens } from "@fluentui/react-components";
import type { CallerChanges } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";

const useStyles = makeStyles({
  scroller: { overflowX: "auto" },
  table: { borderCollapse: "collapse", width: "100%" },
  cell: {
    textAlign: "start",
    verticalAlign: "top",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  mono: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
});

/** What callers send today and after the move: where, which credential, which header. */
export function CallerChangesTable({ callers, labelledBy }: { callers: CallerChanges; labelledBy: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const url = (value: string | null, missing: string) =>
    value === null ? missing : <span className={styles.mono}>{value}</span>;
  const rows = [
    [
      t("migration.callers.scoringUrl"),
      url(callers.scoringUrl.from, t("migration.callers.none")),
      url(callers.scoringUrl.to, t("migration.callers.unknownUrl")),
    ],
    [
      t("migration.callers.credential"),
      t(`migration.callers.credentials.${callers.credential.from}`),
      t(`migration.callers.credentials.${callers.credential.to}`),
    ],
    [
      t("migration.callers.header"),
      t("migration.callers.none"),
      t("migration.callers.headerAfter", { header: callers.deploymentHeader }),
    ],
  ] as const;
  return (
    <div className={styles.scroller}>
      <table className={styles.table} aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col" className={styles.cell}>
              {t("migration.callers.what")}
            </th>
            <th scope="col" className={styles.cell}>
              {t("migration.callers.now")}
            </th>
            <th scope="col" className={styles.cell}>
              {t("migration.callers.after")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([what, now, after]) => (
            <tr key={what}>
              <th scope="row" className={styles.cell}>
                {what}
              </th>
              <td className={styles.cell}>{now}</td>
              <td className={styles.cell}>{after}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
