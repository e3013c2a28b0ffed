import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { AuditRecord } from "@keyturn/api-contract";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../lib/i18n/format";
import { actionWords } from "./action-words";
import { AuditRecordDialog } from "./audit-record-dialog";
import { OutcomeBadge } from "./outcome-badge";
import { RECORD_TIME, useTargetWords } from "./record-words";

const COLUMNS = ["time", "actor", "action", "target", "outcome", "requestId", "details"] as const;

const useStyles = makeStyles({
  scroller: {
    overflowX: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: { width: "100%", borderCollapse: "collapse" },
  th: {
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    textAlign: "start",
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  td: {
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    verticalAlign: "top",
  },
  nowrap: { whiteSpace: "nowrap" },
  secondary: { display: "block", color: tokens.colorNeutralForeground3 },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: "break-all" },
});

/** The loaded records, newest first; each row's Details button opens the whole record in a dialog. */
export function AuditTable({ records, labelledBy }: { records: readonly AuditRecord[]; labelledBy: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { formatDateTime, formatNumber } = useFormatters();
  const targetWords = useTargetWords();
  const [open, setOpen] = useState<AuditRecord | null>(null);
  // The Details button that opened the dialog: focus goes back to it on close.
  const trigger = useRef<HTMLButtonElement | null>(null);
  const close = () => {
    setOpen(null);
    trigger.current?.focus();
  };

  return (
    <div className={styles.scroller}>
      <table className={styles.table} aria-labelledby={labelledBy}>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className={styles.th}>
                {t(`audit.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {records.map((record) => (
            <tr key={record.seq}>
              <td className={`${styles.td} ${styles.nowrap}`}>
                <time dateTime={record.at}>{formatDateTime(record.at, RECORD_TIME)}</time>
              </td>
              <td className={styles.td}>
                {record.actor.name || record.actor.username}
                {record.actor.name && record.actor.username ? (
                  <Text size={200} className={styles.secondary}>
                    {record.actor.username}
                  </Text>
                ) : null}
              </td>
              <td className={styles.td}>{actionWords(record.action, t)}</td>
              <td className={styles.td}>{targetWords(record.target)}</td>
              <td className={styles.td}>
                <OutcomeBadge outcome={record.outcome} />
              </td>
              <td className={styles.td}>
                <span className={styles.code}>{record.requestId}</span>
              </td>
              <td className={styles.td}>
                <Button
                  size="small"
                  aria-haspopup="dialog"
                  aria-label={t("audit.record.openLabel", { seq: formatNumber(record.seq) })}
                  onClick={(event) => {
                    trigger.current = event.currentTarget;
                    setOpen(record);
                  }}
                >
                  {t("audit.record.open")}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <AuditRecordDialog record={open} onClose={close} />
    </div>
  );
}
