import { makeStyles, tokens } from "@fluentui/react-components";
import { CopyIconButton } from "./copy-button";
import { TruncatedText } from "./truncated-text";

const useStyles = makeStyles({
  root: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    whiteSpace: "nowrap",
  },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

/**
 * An identifier people copy rather than read (a request id): its first characters, the whole in a
 * tooltip, and a copy button as the portal has beside its ids; says in a toast whether it copied.
 */
export function ShortId({
  value,
  shown = 10,
  labels,
}: {
  value: string;
  /** Characters shown before the "…". */
  shown?: number;
  labels: { copy: string; copied: string; failed: string };
}) {
  const styles = useStyles();
  return (
    <span className={styles.root}>
      <TruncatedText text={value} max={shown + 1} className={styles.code} />
      <CopyIconButton
        text={value}
        label={labels.copy}
        copiedMessage={labels.copied}
        failedMessage={labels.failed}
      />
    </span>
  );
}
