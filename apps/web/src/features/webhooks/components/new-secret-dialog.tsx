import { Button, Text } from "@fluentui/react-components";
import { KeyReset20Regular } from "@fluentui/react-icons";
import type { Webhook } from "@keyturn/api-contract";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { DialogShell } from "../../../components/dialog-shell";
import { useNotify } from "../../../components/toast";
import { useNewWebhookSecret } from "../api/new-webhook-secret";
import { hostOf } from "./event-words";
import { SecretShownOnce } from "./secret-shown-once";
import { WebhookConfirmDialog } from "./webhook-confirm-dialog";

/**
 * "New signing secret", after a confirmation that says what breaks: every delivery from then on is
 * signed with the new secret alone, so a receiver still checking the old one refuses them. Sent with
 * `If-Match` from the row (a 412 offers to reload); then the new secret, shown this once with a copy
 * button, in a dialog a click outside does not close. Closed, the secret is gone from the console.
 */
export function NewSecretDialog({ webhook }: { webhook: Webhook }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const mutation = useNewWebhookSecret();
  const [secret, setSecret] = useState<string | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const { url } = webhook;

  const done = () => {
    setSecret(null);
    mutation.reset();
    trigger.current?.focus();
  };

  return (
    <>
      <WebhookConfirmDialog
        webhook={webhook}
        mutation={mutation}
        trigger={
          <Button
            ref={trigger}
            icon={<KeyReset20Regular />}
            aria-label={t("webhooks.actions.newSecretLabel", { url })}
          >
            {t("webhooks.actions.newSecret")}
          </Button>
        }
        title={t("webhooks.newSecret.title", { host: hostOf(url) })}
        confirmLabel={t("webhooks.newSecret.confirm")}
        pendingLabel={t("webhooks.newSecret.issuing")}
        stale={{
          title: t("webhooks.newSecret.staleTitle"),
          body: t("webhooks.newSecret.staleBody"),
          reloaded: t("webhooks.newSecret.reloaded"),
        }}
        onDone={(answer) => {
          setSecret(answer.secret);
          notify.success(t("webhooks.newSecret.toast"));
        }}
      >
        <Text as="p">{t("webhooks.newSecret.body", { url })}</Text>
        <Text as="p" weight="semibold">
          {t("webhooks.newSecret.breaks")}
        </Text>
      </WebhookConfirmDialog>
      <DialogShell
        open={secret !== null}
        modalType="alert"
        onOpenChange={(_event, data) => {
          if (!data.open && data.type !== "backdropClick") done();
        }}
        title={t("webhooks.newSecret.shownTitle")}
        actions={
          <Button appearance="primary" onClick={done}>
            {t("webhooks.created.done")}
          </Button>
        }
      >
        {secret === null ? null : (
          <SecretShownOnce secret={secret} body={t("webhooks.newSecret.shownBody")} />
        )}
      </DialogShell>
    </>
  );
}
