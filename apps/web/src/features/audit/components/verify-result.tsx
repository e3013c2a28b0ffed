import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { AuditVerifyReport } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";
import { useStackStyles } from "../../../components/stack-styles";
import { useFormatters } from "../../../lib/i18n/format";
import { verdictWords } from "./verdict-words";

const useStyles = makeStyles({
  hash: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
});

/** The answer of a verify just run: intact with its head, or the first broken link and what it means. */
export function VerifyResult({ report }: { report: AuditVerifyReport }) {
  const styles = useStyles();
  const stack = useStackStyles();
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const fault = report.break;
  const title = verdictWords(
    {
      intact: report.intact,
      checked: report.checked,
      headSeq: report.head.seq,
      breakKind: fault?.kind,
      breakSeq: fault?.seq,
    },
    t,
    formatNumber,
  );
  return (
    <MessageBar intent={report.intact ? "success" : "error"} layout="multiline">
      <MessageBarBody className={stack.xs}>
        <MessageBarTitle>{title}</MessageBarTitle>
        {fault ? (
          <>
            <Text>{t(`audit.integrity.checks.${fault.check}`)}</Text>
            <Text>{t("audit.integrity.previous", { seq: formatNumber(fault.previousSeq) })}</Text>
            {fault.missing !== undefined ? (
              <Text>
                {t("audit.integrity.missing", { count: fault.missing, missing: formatNumber(fault.missing) })}
              </Text>
            ) : null}
            {fault.linkedAfterSeq !== undefined ? (
              <Text>{t("audit.integrity.linkedAfter", { seq: formatNumber(fault.linkedAfterSeq) })}</Text>
            ) : null}
          </>
        ) : null}
        {report.intact && report.head.hash ? (
          <Text>
            {t("audit.integrity.head")} <span className={styles.hash}>{report.head.hash}</span>
          </Text>
        ) : null}
        <Text>
          {t("audit.integrity.checkpoints", {
            matched: formatNumber(report.checkpoints.matched),
            invalid: formatNumber(report.checkpoints.invalid),
          })}
        </Text>
      </MessageBarBody>
    </MessageBar>
  );
}
