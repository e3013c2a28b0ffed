import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { AuditRecord } from "@keyturn/api-contract";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Card, CardList, useCardLayout } from "../../../components/card-list";
import { RelativeTime } from "../../../components/relative-time";
import { ShortId } from "../../../components/short-id";
import { TruncatedText } from "../../../components/truncated-text";
import { useFormatters } from "../../../lib/i18n/format";
import type { AuditOperation } from "../operations";
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
});

/**
 * The loaded operations, newest first (a started/ended pair is one row, its outcome); long values are
 * cut with the whole in a tooltip, request ids shortened with a copy button; each row's Details
 * button opens the whole record in a dialog. On a phone, a card each: the action and its outcome, then
 * when, who, on what.
 */
export function AuditTable({
  operations,
  labelledBy,
}: {
  operations: readonly AuditOperation[];
  labelledBy: string;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const targetWords = useTargetWords();
  const cards = useCardLayout();
  const [open, setOpen] = useState<AuditRecord | null>(null);
  // The Details button that opened the dialog: focus goes back to it on close.
  const trigger = useRef<HTMLButtonElement | null>(null);
  const close = () => {
    setOpen(null);
    trigger.current?.focus();
  };

  // What each column shows of a record, the same in the table and in the cards.
  const cells = (record: AuditRecord) => ({
    time: <RelativeTime at={record.at} absolute="below" options={RECORD_TIME} />,
    actor: (
      <>
        <TruncatedText text={record.actor.name || record.actor.username} max={32} />
        {record.actor.name && record.actor.username ? (
          <Text size={200} className={styles.secondary}>
            <TruncatedText text={record.actor.username} max={32} />
          </Text>
        ) : null}
      </>
    ),
    action: actionWords(record.action, t),
    target: <TruncatedText text={targetWords(record.target)} max={48} />,
    outcome: <OutcomeBadge outcome={record.outcome} />,
    requestId: (
      <ShortId
        value={record.requestId}
        labels={{
          copy: t("audit.requestId.copy", { seq: formatNumber(record.seq) }),
          copied: t("audit.requestId.copied"),
          failed: t("audit.requestId.copyFailed"),
        }}
      />
    ),
    details: (
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
    ),
  });
  const dialog = <AuditRecordDialog record={open} onClose={close} />;

  if (cards) {
    return (
      <>
        <CardList
          labelledBy={labelledBy}
          cards={operations.map(({ record }): Card => {
            const cell = cells(record);
            return {
              key: String(record.seq),
              title: cell.action,
              badge: cell.outcome,
              facts: [
                [t("audit.columns.time"), cell.time],
                [t("audit.columns.actor"), cell.actor],
                [t("audit.columns.target"), cell.target],
                [t("audit.columns.requestId"), cell.requestId],
              ],
              actions: cell.details,
            };
          })}
        />
        {dialog}
      </>
    );
  }
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
          {operations.map(({ record }) => {
            const cell = cells(record);
            return (
              <tr key={record.seq}>
                <td className={`${styles.td} ${styles.nowrap}`}>{cell.time}</td>
                <td className={styles.td}>{cell.actor}</td>
                <td className={styles.td}>{cell.action}</td>
                <td className={styles.td}>{cell.target}</td>
                <td className={styles.td}>{cell.outcome}</td>
                <td className={`${styles.td} ${styles.nowrap}`}>{cell.requestId}</td>
                <td className={styles.td}>{cell.details}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {dialog}
    </div>
  );
}
