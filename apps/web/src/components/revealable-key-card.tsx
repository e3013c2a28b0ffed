import {
  MessageBar,
  MessageBarBody,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
} from "@fluentui/react-components";
import { Eye20Regular } from "@fluentui/react-icons";
import type { KeyReveal, KeyView } from "@keyturn/api-contract";
import type { KeyType } from "@keyturn/auth-domain";
import type { UseMutationResult } from "@tanstack/react-query";
import { type ReactElement, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiProblem } from "../lib/api-client";
import { BusyButton } from "./busy-button";
import { Can } from "./can";
import { DescriptionList } from "./description-list";
import { useKeyTimeFacts } from "./key-time-facts";
import { RevealedSecret } from "./revealed-secret";
import { Section } from "./section";
import { useNotify } from "./toast";

const useStyles = makeStyles({
  card: {
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  masked: { fontFamily: tokens.fontFamilyMonospace, letterSpacing: "0.2em" },
  code: { fontFamily: tokens.fontFamilyMonospace },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const MASK = "••••••••••••••••";

export interface RevealableKeyCardProps {
  item: KeyView;
  /** Reveals the key's value (secret:reveal + step-up); the card alone holds it, the mutation is reset. */
  reveal: UseMutationResult<KeyReveal, ApiProblem, KeyType>;
  /** The Regenerate control, shown with key:regenerate; it calls `hideSecret` once the key is replaced. */
  regenerate: (hideSecret: () => void) => ReactElement<{ disabledFocusable?: boolean }>;
  /** Shows a masked value above the facts. */
  masked?: boolean;
  /** Under the actions while no value is shown, to whoever may reveal one. */
  revealNote?: string;
  className?: string;
}

/**
 * One key: fingerprint, age, last rotation, what the console warns about it (changed outside the
 * console, weak); reveal (step-up) and regenerate. A revealed value stays in
 * this card's state only, until it hides itself; focus then goes back to Reveal if it was on the value.
 */
export function RevealableKeyCard({
  item,
  reveal,
  regenerate,
  masked = false,
  revealNote,
  className,
}: RevealableKeyCardProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const notify = useNotify();
  const [secret, setSecret] = useState<string | null>(null);
  const revealButton = useRef<HTMLButtonElement>(null);
  const key = t(`keys.keyName.${item.keyType}`);
  const keyTimes = useKeyTimeFacts(item);

  const onReveal = () =>
    reveal.mutate(item.keyType, {
      onSuccess: (revealed) => {
        setSecret(revealed.value);
        reveal.reset(); // the value lives in this component's state only
      },
      onError: (error) => notify.error(error),
    });

  const onHidden = (hadFocus: boolean) => {
    setSecret(null);
    if (hadFocus) revealButton.current?.focus();
  };

  return (
    <Section
      title={t(`keys.heading.${item.keyType}`)}
      level={3}
      className={mergeClasses(styles.card, className)}
    >
      {masked ? (
        <span role="img" aria-label={t("keys.masked", { key })} className={styles.masked}>
          {MASK}
        </span>
      ) : null}
      <DescriptionList
        variant="facts"
        items={[
          [t("keys.fingerprint"), <code className={styles.code}>{item.fingerprint}</code>],
          ...keyTimes,
        ]}
      />
      {item.changedOutsideConsole ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t("keys.changedOutsideConsole")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {item.weak ? (
        <MessageBar intent="error">
          <MessageBarBody>{t("keys.weakKey")}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Can permission="secret:reveal">
          <BusyButton
            ref={revealButton}
            icon={<Eye20Regular />}
            disabledFocusable={secret !== null}
            busy={reveal.isPending}
            busyLabel={t("keys.revealing")}
            aria-label={t("keys.revealKey", { key })}
            onClick={onReveal}
          >
            {t("keys.reveal")}
          </BusyButton>
        </Can>
        <Can permission="key:regenerate">{regenerate(() => setSecret(null))}</Can>
      </div>
      {secret !== null ? (
        <RevealedSecret
          value={secret}
          onHidden={onHidden}
          labels={{
            value: t("keys.secret.value", { key }),
            copy: t("keys.secret.copy", { key }),
            copied: t("keys.secret.copied", { key }),
            copyFailed: t("keys.secret.copyFailed"),
            hideNow: t("keys.secret.hideNow"),
            hiddenIn: (seconds) => t("keys.secret.hiddenIn", { count: seconds }),
          }}
        />
      ) : null}
      {secret === null && revealNote ? (
        <Can permission="secret:reveal">
          <Text size={200}>{revealNote}</Text>
        </Can>
      ) : null}
    </Section>
  );
}
