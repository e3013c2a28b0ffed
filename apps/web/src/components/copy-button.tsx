import { Button, type ButtonProps, makeStyles, Tooltip, tokens } from "@fluentui/react-components";
import { Copy16Regular, Copy20Regular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { useNotify } from "./toast";

/** Copies with the Clipboard API and says so in a toast (or why it could not). */
export function useCopyToClipboard(messages: { copied: string; failed: string }) {
  const notify = useNotify();
  return async (text: string) => {
    try {
      // Absent outside a secure context (and in some embedded browsers).
      if (!navigator.clipboard) throw new Error("Clipboard API unavailable");
      await navigator.clipboard.writeText(text);
      notify.success(messages.copied);
    } catch {
      notify.warning(messages.failed);
    }
  };
}

/** Copies `text` with the Clipboard API and says so in a toast (or why it could not). */
export function CopyButton({
  text,
  label,
  copiedMessage,
  failedMessage,
  appearance,
  size,
}: {
  text: string;
  /** The button's visible name, e.g. "Copy the Python snippet". */
  label: string;
  copiedMessage: string;
  failedMessage: string;
  appearance?: ButtonProps["appearance"];
  size?: ButtonProps["size"];
}) {
  const copy = useCopyToClipboard({ copied: copiedMessage, failed: failedMessage });
  return (
    <Button icon={<Copy20Regular />} appearance={appearance} size={size} onClick={() => void copy(text)}>
      {label}
    </Button>
  );
}

/** The portal's small "Copy to clipboard" icon beside a value; `label` is its name and its tooltip. */
export function CopyIconButton({
  text,
  label,
  copiedMessage,
  failedMessage,
}: {
  text: string;
  label: string;
  copiedMessage: string;
  failedMessage: string;
}) {
  const copy = useCopyToClipboard({ copied: copiedMessage, failed: failedMessage });
  return (
    <Tooltip content={label} relationship="label">
      <Button size="small" appearance="subtle" icon={<Copy16Regular />} onClick={() => void copy(text)} />
    </Tooltip>
  );
}

/** A copy icon for a value named in words ("Scoring URI"): "Copy Scoring URI", and the toasts say its name. */
export function CopyValueButton({ text, name }: { text: string; name: string }) {
  const { t } = useTranslation();
  return (
    <CopyIconButton
      text={text}
      label={t("common.copy.label", { what: name })}
      copiedMessage={t("common.copy.copied", { what: name })}
      failedMessage={t("common.copy.failed", { what: name })}
    />
  );
}

const useStyles = makeStyles({
  root: { display: "inline-flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXXS, minWidth: 0 },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
    paddingBlockStart: tokens.spacingVerticalXXS,
  },
});

/** A value people copy whole (a scoring URI, a hash), in monospace with a copy icon beside it. */
export function CopyableCode({
  value,
  name,
}: {
  value: string /** What it is: "Scoring URI". */;
  name: string;
}) {
  const styles = useStyles();
  return (
    <span className={styles.root}>
      <code className={styles.code}>{value}</code>
      <CopyValueButton text={value} name={name} />
    </span>
  );
}
