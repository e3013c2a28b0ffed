import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { ArrowClockwise20Regular, Eye20Regular } from "@fluentui/react-icons";
import type { KeyView } from "@keyturn/api-contract";
import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { BusyButton } from "../../../components/busy-button";
import { Can } from "../../../components/can";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { DescriptionList } from "../../../components/description-list";
import { useKeyTimeFacts } from "../../../components/key-time-facts";
import { RevealedSecret } from "../../../components/revealed-secret";
import { Section } from "../../../components/section";
import { useNotify } from "../../../components/toast";
import { endpointQueryKeys } from "../api/endpoint-query-keys";
import { useRegenerateEndpointKey } from "../api/regenerate-endpoint-key";
import { useRevealEndpointKey } from "../api/reveal-endpoint-key";

const useStyles = makeStyles({
  card: {
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  code: { fontFamily: tokens.fontFamilyMonospace },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** One of an endpoint's keys: fingerprint, age, last rotation; reveal (step-up) and regenerate. */
export function EndpointKeyCard({
  workspace,
  name,
  item,
  etag,
}: {
  workspace: string;
  name: string;
  item: KeyView;
  etag: string;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const reveal = useRevealEndpointKey(workspace, name);
  const regenerate = useRegenerateEndpointKey(workspace, name);
  const [secret, setSecret] = useState<string | null>(null);
  const revealButton = useRef<HTMLButtonElement>(null);
  const key = t(`keys.keyName.${item.keyType}`);
  const keyTimes = useKeyTimeFacts(item);

  const onReveal = () =>
    reveal.mutate(item.keyType, {
      onSuccess: (revealed) => {
        setSecret(revealed.value);
        reveal.reset();
      },
      onError: (error) => notify.error(error),
    });

  return (
    <Section title={t(`keys.heading.${item.keyType}`)} level={3} className={styles.card}>
      <DescriptionList
        variant="facts"
        items={[
          [t("keys.fingerprint"), <code className={styles.code}>{item.fingerprint}</code>],
          ...keyTimes,
        ]}
      />
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
          <ConfirmDialog
            trigger={
              <Button icon={<ArrowClockwise20Regular />} aria-label={t("keys.regenerateKey", { key })}>
                {t("keys.regenerate")}
              </Button>
            }
            title={t("endpoint.keys.regenerateTitle", { key })}
            confirmLabel={t("endpoint.keys.regenerateConfirm", { key })}
            pendingLabel={t("keys.regenerateDialog.pending")}
            cancelLabel={t("common.cancel")}
            pending={regenerate.isPending}
            error={regenerate.error}
            stale={{
              title: t("endpoint.keys.conflictTitle"),
              body: t("endpoint.keys.conflictBody"),
              reloadLabel: t("common.reload"),
              reloaded: t("endpoint.keys.reloaded"),
              reload: async () => {
                await queryClient.refetchQueries({ queryKey: endpointQueryKeys.keys(workspace, name) });
                regenerate.reset();
              },
            }}
            onDismiss={() => regenerate.reset()}
            onConfirm={(close) =>
              regenerate.mutate(
                { keyType: item.keyType, etag },
                {
                  onSuccess: () => {
                    close();
                    setSecret(null);
                    notify.success(t("endpoint.keys.regenerated", { key }));
                  },
                },
              )
            }
          >
            <Text as="p">{t("endpoint.keys.regenerateBody", { key })}</Text>
          </ConfirmDialog>
        </Can>
      </div>
      {secret !== null ? (
        <RevealedSecret
          value={secret}
          onHidden={(hadFocus) => {
            setSecret(null);
            if (hadFocus) revealButton.current?.focus();
          }}
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
    </Section>
  );
}
