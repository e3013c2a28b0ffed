import { Button, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { ArrowDownload20Regular } from "@fluentui/react-icons";
import { AUDIT_EXPORT_FORMATS, type AuditExportFormat } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";
import { useNotify } from "../../../components/toast";
import { useExportAudit } from "../api/export-audit";
import type { AuditFilters } from "../filters";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * Export CSV / JSON lines with the current filters. While an export downloads, both buttons stay
 * focusable but do nothing, and the one pressed says so; the outcome is a toast.
 */
export function ExportButtons({ filters }: { filters: AuditFilters }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const notify = useNotify();
  const exporting = useExportAudit();
  const pendingFormat = exporting.isPending ? exporting.variables?.format : undefined;

  const start = (format: AuditExportFormat) =>
    exporting.mutate(
      { filters, format },
      {
        onSuccess: (name) => notify.success(t("audit.export.done", { name })),
        onError: (error) => notify.error(error),
      },
    );

  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of two buttons, not a form fieldset.
    <div role="group" aria-label={t("audit.export.label")} className={styles.root}>
      {AUDIT_EXPORT_FORMATS.map((format) => (
        <Button
          key={format}
          icon={pendingFormat === format ? <Spinner size="tiny" /> : <ArrowDownload20Regular />}
          disabledFocusable={exporting.isPending}
          aria-busy={pendingFormat === format}
          onClick={() => start(format)}
        >
          {pendingFormat === format ? t("audit.export.pending") : t(`audit.export.${format}`)}
        </Button>
      ))}
    </div>
  );
}
