import type { Webhook } from "@keyturn/api-contract";
import { type UseMutationResult, useQueryClient } from "@tanstack/react-query";
import type { ReactElement, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog, type StaleVersionText } from "../../../components/confirm-dialog";
import type { ApiProblem } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export interface WebhookConfirmDialogProps<T> {
  webhook: Webhook;
  /** The change, sent with the row's ETag as `If-Match`. */
  mutation: UseMutationResult<T, ApiProblem, { id: string; etag: string }>;
  trigger: ReactElement;
  title: string;
  confirmLabel: string;
  pendingLabel: string;
  /** What a 412 says (the hook changed since the list was read), and what reloading the list says. */
  stale: Pick<StaleVersionText, "title" | "body" | "reloaded">;
  /** The change succeeded; the dialog has closed. */
  onDone: (answer: T) => void;
  /** The consequence, in plain words. */
  children: ReactNode;
}

/**
 * A confirmation before a change to one hook that breaks something, sent with `If-Match` from its
 * row: a 412 offers to reload the list, and confirming again then uses the fresh ETag.
 */
export function WebhookConfirmDialog<T>({
  webhook,
  mutation,
  trigger,
  title,
  confirmLabel,
  pendingLabel,
  stale,
  onDone,
  children,
}: WebhookConfirmDialogProps<T>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();

  return (
    <ConfirmDialog
      trigger={trigger}
      title={title}
      confirmLabel={confirmLabel}
      pendingLabel={pendingLabel}
      cancelLabel={t("common.cancel")}
      pending={mutation.isPending}
      error={mutation.error}
      stale={{
        ...stale,
        reloadLabel: t("common.reload"),
        reload: async () => {
          await queryClient.refetchQueries({ queryKey: queryKeys.webhooks.list }, { throwOnError: true });
          mutation.reset();
        },
      }}
      onConfirm={(close) =>
        mutation.mutate(
          { id: webhook.id, etag: webhook.etag },
          {
            onSuccess: (answer) => {
              close();
              onDone(answer);
            },
          },
        )
      }
      onDismiss={() => mutation.reset()}
    >
      {children}
    </ConfirmDialog>
  );
}
