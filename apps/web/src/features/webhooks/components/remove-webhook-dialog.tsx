import { Button, Text } from "@fluentui/react-components";
import { Delete20Regular } from "@fluentui/react-icons";
import type { Webhook } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";
import { useNotify } from "../../../components/toast";
import { useDeleteWebhook } from "../api/delete-webhook";
import { hostOf } from "./event-words";
import { WebhookConfirmDialog } from "./webhook-confirm-dialog";

/**
 * Delete, after a confirmation naming the receiver and what follows (no more events, the delivery log
 * goes too). Sent with `If-Match` from the row; a 412 offers to reload the list first.
 */
export function RemoveWebhookDialog({ webhook, onRemoved }: { webhook: Webhook; onRemoved: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const mutation = useDeleteWebhook();
  const { url } = webhook;

  return (
    <WebhookConfirmDialog
      webhook={webhook}
      mutation={mutation}
      trigger={
        <Button icon={<Delete20Regular />} aria-label={t("webhooks.actions.removeLabel", { url })}>
          {t("webhooks.actions.remove")}
        </Button>
      }
      title={t("webhooks.remove.title", { host: hostOf(url) })}
      confirmLabel={t("webhooks.remove.confirm")}
      pendingLabel={t("webhooks.remove.removing")}
      stale={{
        title: t("webhooks.remove.staleTitle"),
        body: t("webhooks.remove.staleBody"),
        reloaded: t("webhooks.remove.reloaded"),
      }}
      onDone={() => {
        notify.success(t("webhooks.remove.removed"));
        onRemoved();
      }}
    >
      <Text as="p">{t("webhooks.remove.body", { url })}</Text>
    </WebhookConfirmDialog>
  );
}
