import { Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { Checkmark20Regular, Filter20Regular } from "@fluentui/react-icons";
import type { PostureFinding, PostureReport } from "@keyturn/api-contract";
import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/empty-state";
import { ErrorView } from "../../../components/error-view";
import { Section } from "../../../components/section";
import { useFormatters } from "../../../lib/i18n/format";
import { hasPostureFilters, type PostureSearch } from "../search";
import { FindingsFilterBar } from "./findings-filter-bar";
import { FindingsTable } from "./findings-table";

const useStyles = makeStyles({
  status: { color: tokens.colorNeutralForeground2 },
  more: { alignSelf: "flex-start" },
});

interface FindingsSectionProps {
  report: PostureReport;
  findings: readonly PostureFinding[];
  /** Findings matching the filters, shown or not. */
  total: number;
  search: PostureSearch;
  onSearchChange: (next: PostureSearch) => void;
  /** Another filter's findings are on their way (the ones shown are the previous filters'). */
  updating: boolean;
  more: { hasMore: boolean; loading: boolean; error: unknown; load: () => void };
}

/** The findings matching the filters, a page at a time; a positive message when there are none. */
export function FindingsSection({
  report,
  findings,
  total,
  search,
  onSearchChange,
  updating,
  more,
}: FindingsSectionProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const titleId = useId();
  const filtered = hasPostureFilters(search);

  let body: ReactNode;
  if (findings.length === 0 && !filtered) {
    body = (
      <EmptyState icon={<Checkmark20Regular />}>
        {report.summary.deployments === 0 ? t("posture.findings.noDeployments") : t("posture.findings.none")}
      </EmptyState>
    );
  } else if (findings.length === 0) {
    body = (
      <EmptyState icon={<Filter20Regular />} onClearFilters={() => onSearchChange({})}>
        {t("posture.findings.emptyFiltered")}
      </EmptyState>
    );
  } else {
    body = <FindingsTable findings={findings} labelledBy={titleId} />;
  }

  return (
    <Section title={t("posture.findings.title")} headingId={titleId} busy={updating}>
      <FindingsFilterBar
        value={search}
        onChange={onSearchChange}
        workspaces={report.workspaces.map((ws) => ws.workspace)}
      />
      <Text role="status" className={styles.status}>
        {updating
          ? t("posture.findings.updating")
          : findings.length < total
            ? t("posture.findings.countShown", {
                shown: formatNumber(findings.length),
                total: formatNumber(total),
              })
            : t("posture.findings.count", { count: total, total: formatNumber(total) })}
      </Text>
      {body}
      {more.error ? <ErrorView error={more.error} onRetry={more.load} /> : null}
      {more.loading ? (
        <Spinner size="tiny" label={t("posture.findings.loadingMore")} />
      ) : more.hasMore && !more.error ? (
        <Button className={styles.more} onClick={more.load}>
          {t("posture.findings.showMore")}
        </Button>
      ) : null}
    </Section>
  );
}
