import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { EyeOff20Regular } from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import { useSecondsLeft } from "../lib/clock";
import { CopyButton } from "./copy-button";

/** How long a revealed secret stays on screen (decision 008: what a reveal means). */
export const SECRET_VISIBLE_SECONDS = 30;

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
  value: {
    fontFamily: tokens.fontFamilyMonospace,
    wordBreak: "break-all",
    userSelect: "all",
  },
  actions: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface RevealedSecretLabels {
  /** Names the value, e.g. "Value of the Primary key". */
  value: string;
  copy: string;
  copied: string;
  copyFailed: string;
  hideNow: string;
  /** e.g. "Hidden in 12 s" — a sentence with the seconds left. */
  hiddenIn: (seconds: number) => string;
}

/**
 * The value one reveal answered: focused when it appears, with a copy button, a visible countdown and
 * a "hide now" button; after `SECRET_VISIBLE_SECONDS` it calls `onHidden`, and the parent drops the
 * value (it is kept nowhere else). Seeing it again is another reveal: a recent sign-in, another audit
 * record. `hadFocus` says whether focus was inside it, so
 * the parent can put focus back on the control that revealed it.
 */
export function RevealedSecret({
  value,
  labels,
  onHidden,
}: {
  value: string;
  labels: RevealedSecretLabels;
  onHidden: (hadFocus: boolean) => void;
}) {
  const styles = useStyles();
  const ref = useRef<HTMLElement>(null);
  const [deadline] = useState(() => Date.now() + SECRET_VISIBLE_SECONDS * 1000);
  const secondsLeft = useSecondsLeft(deadline);
  const onHiddenRef = useRef(onHidden);
  onHiddenRef.current = onHidden;

  const hide = () => onHiddenRef.current(ref.current?.contains(document.activeElement) ?? false);

  useEffect(() => {
    ref.current?.focus();
  }, []);

  useEffect(() => {
    if (secondsLeft === 0) onHiddenRef.current(ref.current?.contains(document.activeElement) ?? false);
  }, [secondsLeft]);

  return (
    <section ref={ref} aria-label={labels.value} tabIndex={-1} className={styles.root}>
      <Text as="p" weight="semibold">
        {labels.value}
      </Text>
      <code className={styles.value}>{value}</code>
      <div className={styles.actions}>
        <CopyButton
          text={value}
          label={labels.copy}
          copiedMessage={labels.copied}
          failedMessage={labels.copyFailed}
        />
        <Button icon={<EyeOff20Regular />} onClick={hide}>
          {labels.hideNow}
        </Button>
        {/* role=timer is not announced on every change (implicit aria-live off). */}
        <Text role="timer">{labels.hiddenIn(secondsLeft)}</Text>
      </div>
    </section>
  );
}
