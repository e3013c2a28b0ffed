import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { AuditRecord } from "@keyturn/api-contract";
import { type ReactNode, useRef } from "react";
import { useTranslation } from "react-i18next";
import { CopyableCode } from "../../../components/copy-button";
import { DialogShell } from "../../../components/dialog-shell";
import { RelativeTime } from "../../../components/relative-time";
import { useFormatters } from "../../../lib/i18n/format";
import { actionWords } from "./action-words";
import { OutcomeBadge } from "./outcome-badge";
import { RECORD_TIME, useTargetWords } from "./record-words";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, minWidth: 0, overflowWrap: "anywhere" },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  json: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    maxHeight: "240px",
    overflow: "auto",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
});

/** Every field of one record, including the client, the user agent, the details and the chain hashes. */
export function AuditRecordDialog({ record, onClose }: { record: AuditRecord | null; onClose: () => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const targetWords = useTargetWords();
  // Keep the content while the dialog animates closed.
  const last = useRef(record);
  if (record) last.current = record;
  const shown = record ?? last.current;
  if (!shown) return null; // never opened yet

  const row = (term: string, value: ReactNode) => (
    <>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.value}>{value}</dd>
    </>
  );
  const code = (text: string | null) =>
    text ? <span className={styles.code}>{text}</span> : t("audit.record.notRecorded");
  const copyable = (text: string | null, name: string) =>
    text ? <CopyableCode value={text} name={name} /> : t("audit.record.notRecorded");

  return (
    <DialogShell
      open={record !== null}
      onOpenChange={(_event, data) => (data.open ? undefined : onClose())}
      title={t("audit.record.title", { seq: formatNumber(shown.seq) })}
      actions={
        <Button appearance="primary" onClick={onClose}>
          {t("common.close")}
        </Button>
      }
    >
      <dl className={styles.list}>
        {row(t("audit.record.time"), <RelativeTime at={shown.at} options={RECORD_TIME} />)}
        {row(t("audit.record.actor"), `${shown.actor.name} (${shown.actor.username})`)}
        {row(t("audit.record.objectId"), code(shown.actor.oid))}
        {row(t("audit.record.roles"), shown.actor.roles.join(", ") || t("audit.none"))}
        {row(t("audit.record.action"), `${actionWords(shown.action, t)} (${shown.action})`)}
        {row(t("audit.record.target"), targetWords(shown.target))}
        {row(t("audit.record.outcome"), <OutcomeBadge outcome={shown.outcome} />)}
        {row(t("audit.record.requestId"), copyable(shown.requestId, t("audit.record.requestId")))}
        {row(t("audit.record.clientAddress"), code(shown.clientAddress))}
        {row(t("audit.record.userAgent"), code(shown.userAgent))}
        {row(
          t("audit.record.details"),
          Object.keys(shown.details).length > 0 ? (
            <pre className={styles.json}>{JSON.stringify(shown.details, null, 2)}</pre>
          ) : (
            t("audit.record.noDetails")
          ),
        )}
        {row(t("audit.record.hash"), copyable(shown.hash, t("audit.record.hash")))}
        {row(t("audit.record.prevHash"), copyable(shown.prevHash, t("audit.record.prevHash")))}
      </dl>
    </DialogShell>
  );
}
