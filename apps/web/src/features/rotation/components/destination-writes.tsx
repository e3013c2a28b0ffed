import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { RotationStepRecord } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  heading: { margin: 0 },
});

/** The secrets a publish wrote: each with its new version, or why the vault refused it. */
export function DestinationWrites({ writes }: { writes: RotationStepRecord["destinations"] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (writes.length === 0) return null;
  return (
    <>
      <Text as="h4" weight="semibold" className={styles.heading}>
        {t("rotation.progress.destinationsTitle")}
      </Text>
      <ul className={styles.list}>
        {writes.map((w) => (
          <li key={`${w.vaultUrl}\n${w.secretName}`}>
            <span className={styles.code}>{`${w.vaultUrl} · ${w.secretName}`}</span>
            {" — "}
            {w.version
              ? t("rotation.progress.version", { version: w.version })
              : t("rotation.progress.writeFailed", { reason: w.error ?? "" })}
          </li>
        ))}
      </ul>
    </>
  );
}
