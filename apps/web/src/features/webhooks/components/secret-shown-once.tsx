import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { CopyButton } from "../../../components/copy-button";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorStatusWarningBackground1,
  },
  value: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all", userSelect: "all" },
});

/**
 * A webhook's new signing secret (on add, or a replacement): the only time the console has it (the BFF
 * keeps it encrypted and never answers it again). Focused when it appears; kept in this component
 * only, dropped on close. `body` says what to do with it (the add dialog's words by default).
 */
export function SecretShownOnce({ secret, body }: { secret: string; body?: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <section ref={ref} tabIndex={-1} aria-label={t("webhooks.created.secret")} className={styles.root}>
      <Text as="p">{body ?? t("webhooks.created.body")}</Text>
      <Text as="p" weight="semibold">
        {t("webhooks.created.secret")}
      </Text>
      <code className={styles.value}>{secret}</code>
      <CopyButton
        text={secret}
        label={t("webhooks.created.copy")}
        copiedMessage={t("webhooks.created.copied")}
        failedMessage={t("webhooks.created.copyFailed")}
      />
    </section>
  );
}
