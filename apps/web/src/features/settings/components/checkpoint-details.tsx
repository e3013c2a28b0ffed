import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { Warning20Filled } from "@fluentui/react-icons";
import type { AuditCheckpoint } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../lib/i18n/format";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: `${tokens.spacingVerticalS} 0 0`,
  },
  pair: { display: "contents" },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0 },
  invalid: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    alignItems: "center",
    color: tokens.colorStatusDangerForeground1,
  },
});

/** A checkpoint as a short description list: the last event it covers, when and by what it was signed. */
export function CheckpointDetails({ checkpoint }: { checkpoint: AuditCheckpoint }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { formatDateTime, formatNumber } = useFormatters();
  const rows = [
    ["seq", formatNumber(checkpoint.seq)],
    ["signedAt", formatDateTime(checkpoint.signedAt)],
    ["trigger", t(`settings.checkpoints.triggers.${checkpoint.trigger}`)],
  ] as const;
  return (
    <div>
      <Text weight="semibold">{t("settings.checkpoints.latest")}</Text>
      <dl className={styles.list}>
        {rows.map(([term, value]) => (
          <div key={term} className={styles.pair}>
            <dt className={styles.term}>{t(`settings.checkpoints.${term}`)}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
      {checkpoint.valid ? null : (
        <Text className={styles.invalid}>
          <Warning20Filled aria-hidden="true" />
          {t("settings.checkpoints.invalid")}
        </Text>
      )}
    </div>
  );
}
