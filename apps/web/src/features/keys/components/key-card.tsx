import { MessageBar, MessageBarBody, makeStyles, Text, tokens } from "@fluentui/react-components";
import { Eye20Regular } from "@fluentui/react-icons";
import type { KeyView } from "@keyturn/api-contract";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { BusyButton } from "../../../components/busy-button";
import { Can } from "../../../components/can";
import { DescriptionList } from "../../../components/description-list";
import { useKeyTimeFacts } from "../../../components/key-time-facts";
import { RevealedSecret } from "../../../components/revealed-secret";
import { Section } from "../../../components/section";
import { useNotify } from "../../../components/toast";
import { useRevealKey } from "../api/reveal-key";
import { RegenerateKeyDialog } from "./regenerate-key-dialog";

const useStyles = makeStyles({
  card: {
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  masked: { fontFamily: tokens.fontFamilyMonospace, letterSpacing: "0.2em" },
  code: { fontFamily: tokens.fontFamilyMonospace },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const MASK = "••••••••••••••••";

/** One key: masked value, fingerprint, age, last rotation; reveal (step-up) and regenerate. */
export function KeyCard({
  workspace,
  name,
  item,
  etag,
}: {
  workspace: string;
  name: string;
  item: KeyView;
  /** The keys' ETag from the keys query: a regeneration sends it as `If-Match`. */
  etag: string;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const notify = useNotify();
  const reveal = useRevealKey(workspace, name);
  const [secret, setSecret] = useState<string | null>(null);
  const revealButton = useRef<HTMLButtonElement>(null);
  const key = t(`keys.keyName.${item.keyType}`);

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

  const keyTimes = useKeyTimeFacts(item);

  return (
    <Section title={t(`keys.heading.${item.keyType}`)} level={3} className={styles.card}>
      <span role="img" aria-label={t("keys.masked", { key })} className={styles.masked}>
        {MASK}
      </span>
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
        <Can permission="key:regenerate">
          <RegenerateKeyDialog
            workspace={workspace}
            name={name}
            keyType={item.keyType}
            etag={etag}
            onRegenerated={() => setSecret(null)}
          />
        </Can>
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
      {secret === null ? (
        <Can permission="secret:reveal">
          <Text size={200}>{t("keys.revealNote")}</Text>
        </Can>
      ) : null}
    </Section>
  );
}
