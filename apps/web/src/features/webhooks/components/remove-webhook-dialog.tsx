import { Button, Text } from "@fluentui/react-components";
import { Delete20Regular } from "@fluentui/react-icons";
import type { Webhook } from "@keyturn/api-contract";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { useNotify } from "../../../components/toast";
import { queryKeys } from "../../../lib/query-keys";
import { useDeleteWebhook } from "../api/delete-webhook";
import { hostOf } from "./event-words";

/**
 * Delete, after a confirmation naming the receiver and what follows (no more events, the delivery log
 * goes too). Sent with `If-Match` from the row; a 412 offers to reload the list first.
 */
export function RemoveWebhookDialog({ webhook, onRemoved }: { webhook: Webhook; onRemoved: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const mutation = useDeleteWebhook();
  const { url } = webhook;

  return (
    <ConfirmDialog
      trigger={
        <Button icon={<Delete20Regular />} aria-label={t("webhooks.actions.removeLabel", { url })}>
          {t("webhooks.actions.remove")}
        </Button>
      }
      title={t("webhooks.remove.title", { host: hostOf(url) })}
      confirmLabel={t("webhooks.remove.confirm")}
      pendingLabel={t("webhooks.remove.removing")}
      cancelLabel={t("common.cancel")}
      pending={mutation.isPending}
      error={mutation.error}
      stale={{
        title: t("webhooks.remove.staleTitle"),
        body: t("webhooks.remove.staleBody"),
        reloadLabel: t("common.reload"),
        reloaded: t("webhooks.remove.reloaded"),
        reload: async () => {
          await queryClient.refetchQueries({ queryKey: queryKeys.webhooks.list }, { throwOnError: true });
          mutation.reset();
        },
      }}
      onConfirm={(close) =>
        mutation.mutate(
          { id: webhook.id, etag: webhook.etag },
          {
            onSuccess: () => {
              close();
              notify.success(t("webhooks.remove.removed"));
              onRemoved();
            },
          },
        )
      }
      onDismiss={() => mutation.reset()}
    >
      <Text as="p">{t("webhooks.remove.body", { url })}</Text>
    </ConfirmDialog>
  );
}
