import { Text } from "@fluentui/react-components";
import { Eye20Regular } from "@fluentui/react-icons";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { BusyButton } from "../../../components/busy-button";
import { Can } from "../../../components/can";
import { RevealedSecret } from "../../../components/revealed-secret";
import { useStackStyles } from "../../../components/stack-styles";
import { useNotify } from "../../../components/toast";
import { useRevealToken } from "../api/reveal-token";

/** Reveals the current token (each time: step-up, audited), shown for 30 seconds, with a copy button. */
export function TokenReveal({ workspace, name }: { workspace: string; name: string }) {
  const { t } = useTranslation();
  const stack = useStackStyles();
  const notify = useNotify();
  const reveal = useRevealToken(workspace, name);
  const [secret, setSecret] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);

  const onReveal = () =>
    reveal.mutate(undefined, {
      onSuccess: (revealed) => {
        setSecret(revealed.accessToken);
        reveal.reset(); // the value lives in this component's state only
      },
      onError: (error) => notify.error(error),
    });

  return (
    <Can permission="secret:reveal">
      {/* A column with a gap: the button, then its note on a line of its own. */}
      <div className={stack.s}>
        <BusyButton
          ref={button}
          icon={<Eye20Regular />}
          disabledFocusable={secret !== null}
          busy={reveal.isPending}
          busyLabel={t("token.revealing")}
          onClick={onReveal}
        >
          {t("token.reveal")}
        </BusyButton>
        {secret === null ? (
          <Text as="p" size={200}>
            {t("token.revealNote")}
          </Text>
        ) : (
          <RevealedSecret
            value={secret}
            onHidden={(hadFocus) => {
              setSecret(null);
              if (hadFocus) button.current?.focus();
            }}
            labels={{
              value: t("token.secret.value"),
              copy: t("token.secret.copy"),
              copied: t("token.secret.copied"),
              copyFailed: t("token.secret.copyFailed"),
              hideNow: t("token.secret.hideNow"),
              hiddenIn: (seconds) => t("token.secret.hiddenIn", { count: seconds }),
            }}
          />
        )}
      </div>
    </Can>
  );
}
