import { Button, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { ArrowDownload20Regular } from "@fluentui/react-icons";
import { POSTURE_EXPORT_FORMATS, type PostureExportFormat, type PostureFinding } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";
import { useNotify } from "../../../components/toast";
import { useExportPosture } from "../api/export-posture";
import { useFindingText } from "../finding-text";
import { findingsCsv } from "../findings-csv";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * Saves every finding as CSV (in the reader's language, most severe first), or the whole report as
 * JSON; says how it went in a toast.
 */
export function ExportButtons() {
  const styles = useStyles();
  const { t } = useTranslation();
  const notify = useNotify();
  const text = useFindingText();
  const toCsv = (findings: readonly PostureFinding[]) =>
    findingsCsv(findings, {
      header: (column) => t(`posture.export.columns.${column}`),
      cells: (finding) => {
        const { message, remedy } = text(finding);
        return {
          severity: t(`posture.severities.${finding.severity}`),
          rule: t(`posture.rules.${finding.ruleId}`),
          finding: message,
          remedy,
          workspace: finding.workspace,
          deployment: finding.deployment,
          computeType: t(`deployment.computeTypes.${finding.computeType}`),
        };
      },
    });
  const exporting = useExportPosture(toCsv);
  const start = (format: PostureExportFormat) =>
    exporting.mutate(format, {
      onSuccess: (filename) =>
        notify.success(t("posture.export.done"), t("posture.export.doneBody", { filename })),
      onError: (error) => notify.error(error),
    });
  return (
    <div className={styles.root}>
      {POSTURE_EXPORT_FORMATS.map((format) => {
        const busy = exporting.isPending && exporting.variables === format;
        return (
          <Button
            key={format}
            icon={busy ? <Spinner size="tiny" /> : <ArrowDownload20Regular />}
            disabled={exporting.isPending}
            onClick={() => start(format)}
          >
            {t(`posture.export.${format}`)}
          </Button>
        );
      })}
    </div>
  );
}
