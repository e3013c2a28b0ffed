import {
  MessageBar,
  MessageBarBody,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import {
  CheckmarkCircle20Filled,
  DismissCircle20Filled,
  SubtractCircle20Regular,
} from "@fluentui/react-icons";
import type { EnforcementCheck, EnforcementReport as Report } from "@keyturn/api-contract";
import type { TFunction } from "i18next";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Section } from "../../../components/section";

const useStyles = makeStyles({
  outcome: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  pass: { color: tokens.colorStatusSuccessForeground1 },
  fail: { color: tokens.colorStatusDangerForeground1 },
  skipped: { color: tokens.colorNeutralForeground3 },
  explanation: { color: tokens.colorNeutralForeground2 },
});

const ICONS = {
  pass: CheckmarkCircle20Filled,
  fail: DismissCircle20Filled,
  skipped: SubtractCircle20Regular,
};

/** Why a check came out as it did, in the reader's language (the BFF's sentences are English). */
function explain(check: EnforcementCheck, report: Report, t: TFunction): string {
  const status = check.actualStatus;
  if (check.outcome === "skipped") return t("testConsole.enforcement.why.skipped");
  if (status === null) return t("testConsole.enforcement.why.notReached");
  if (check.outcome === "pass") return t("testConsole.enforcement.why.refused", { status });
  if (!report.enforced) return t("testConsole.enforcement.why.authOff", { status });
  if (status >= 200 && status < 300) return t("testConsole.enforcement.why.accepted", { status });
  return t("testConsole.enforcement.why.inconclusive", { status });
}

/** The per-check report of "Verify enforcement": expected refused, actual status, pass/fail with text. */
export function EnforcementReport({ report }: { report: Report }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const headingId = useId();
  const summary = !report.enforced ? "authOff" : report.passed ? "passed" : "failed";

  return (
    <Section title={t("testConsole.enforcement.reportTitle")} level={3} gap="s" headingId={headingId}>
      <MessageBar intent={summary === "passed" ? "success" : "error"}>
        <MessageBarBody>
          {t(`testConsole.enforcement.summary.${summary}`, { mode: t(`testConsole.modes.${report.mode}`) })}
        </MessageBarBody>
      </MessageBar>
      <Table aria-labelledby={headingId}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("testConsole.enforcement.columns.check")}</TableHeaderCell>
            <TableHeaderCell>{t("testConsole.enforcement.columns.expected")}</TableHeaderCell>
            <TableHeaderCell>{t("testConsole.enforcement.columns.actual")}</TableHeaderCell>
            <TableHeaderCell>{t("testConsole.enforcement.columns.result")}</TableHeaderCell>
            <TableHeaderCell>{t("testConsole.enforcement.columns.why")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {report.checks.map((check) => {
            const Icon = ICONS[check.outcome];
            return (
              <TableRow key={`${check.check}:${check.keyType ?? ""}`}>
                <TableCell>
                  {check.check === "previous-key" && check.keyType
                    ? t("testConsole.enforcement.previousKeyOf", {
                        key: t(`testConsole.keyTypes.${check.keyType}`),
                      })
                    : t(`testConsole.enforcement.checks.${check.check}`)}
                </TableCell>
                <TableCell>{t("testConsole.enforcement.expectedRefused")}</TableCell>
                <TableCell>{check.actualStatus ?? t("testConsole.enforcement.noStatus")}</TableCell>
                <TableCell>
                  <span className={`${styles.outcome} ${styles[check.outcome]}`}>
                    <Icon aria-hidden="true" />
                    <Text weight="semibold">{t(`testConsole.enforcement.outcome.${check.outcome}`)}</Text>
                  </span>
                </TableCell>
                {/* Its own cell: read apart from Pass/Fail, never run into it ("PassRefused…"). */}
                <TableCell>
                  <Text size={200} className={styles.explanation}>
                    {explain(check, report, t)}
                  </Text>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Section>
  );
}
