import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { Edit20Regular } from "@fluentui/react-icons";
import type { RotationPolicy, Webhook } from "@keyturn/api-contract";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../../../components/alert";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { DialogShell } from "../../../components/dialog-shell";
import { ErrorView } from "../../../components/error-view";
import { useNotify } from "../../../components/toast";
import { isStaleVersion } from "../../../lib/api-client";
import { webhooksQueryOptions } from "../api/get-webhooks";
import { useUpdateWebhook } from "../api/update-webhook";
import { checkDraft, draftOf, sameDraft, type WebhookDraft, type WebhookField } from "../webhook-draft";
import { hostOf } from "./event-words";
import { useFieldProblems, WebhookFields } from "./webhook-fields";
import { WebhookFormActions } from "./webhook-form-actions";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * "Edit" of a hook: the same fields as adding one, filled with what it has. Saved with If-Match of the
 * version the edit started from; a 412 offers to reload it. The signing secret stays as it is. Closing
 * with unsaved changes (Cancel, Escape, a click outside) asks first.
 */
export function EditWebhookDialog({
  webhook,
  policies,
}: {
  webhook: Webhook;
  policies: readonly Pick<RotationPolicy, "id" | "name">[];
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const mutation = useUpdateWebhook();
  const [open, setOpen] = useState(false);
  // The version the edit started from: its ETag is sent, and a list read meanwhile does not move it.
  const [base, setBase] = useState(webhook);
  const [draft, setDraft] = useState<WebhookDraft>(() => draftOf(webhook));
  const [wrong, setWrong] = useState<WebhookField[]>([]);
  const [askDiscard, setAskDiscard] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  const problemOf = useFieldProblems(wrong, mutation.error);
  const dirty = !sameDraft(draft, draftOf(base));

  const startFrom = (hook: Webhook) => {
    setBase(hook);
    setDraft(draftOf(hook));
    setWrong([]);
    mutation.reset();
  };
  const close = () => {
    setAskDiscard(false);
    setReloaded(false);
    setOpen(false);
  };
  const requestClose = () => {
    if (mutation.isPending) return;
    if (dirty) setAskDiscard(true);
    else close();
  };

  const submit = () => {
    const checked = checkDraft(draft);
    setWrong(checked.ok ? [] : checked.fields);
    setReloaded(false);
    if (!checked.ok) return;
    mutation.mutate(
      { id: base.id, etag: base.etag, body: checked.body },
      {
        onSuccess: () => {
          close();
          notify.success(t("webhooks.edit.saved"));
        },
      },
    );
  };
  const reload = async () => {
    const fresh = await queryClient.fetchQuery({ ...webhooksQueryOptions(), staleTime: 0 });
    const current = fresh.items.find((hook) => hook.id === base.id);
    if (current) startFrom(current);
    setReloaded(true);
  };

  const refused = mutation.error;
  const stale = isStaleVersion(refused);
  return (
    <DialogShell
      open={open}
      onOpenChange={(_event, data) => {
        if (!data.open) requestClose();
        else {
          startFrom(webhook);
          setOpen(true);
        }
      }}
      trigger={
        <Button icon={<Edit20Regular />} aria-label={t("webhooks.actions.editLabel", { url: webhook.url })}>
          {t("webhooks.actions.edit")}
        </Button>
      }
      title={t("webhooks.edit.title", { host: hostOf(base.url) })}
      actions={
        <WebhookFormActions
          label={t("webhooks.edit.save")}
          busyLabel={t("webhooks.edit.saving")}
          pending={mutation.isPending}
          blocked={stale}
          onSubmit={submit}
          onCancel={requestClose}
        />
      }
    >
      <form
        className={styles.form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Text as="p" className={styles.muted}>
          {t("webhooks.edit.secretKept", { fingerprint: base.secretFingerprint })}
        </Text>
        <WebhookFields draft={draft} onChange={setDraft} policies={policies} problemOf={problemOf} />
        {stale ? (
          <Alert
            title={t("webhooks.edit.staleTitle")}
            action={<Button onClick={() => void reload().catch(notify.error)}>{t("common.reload")}</Button>}
          >
            <Text>{t("webhooks.edit.staleBody")}</Text>
          </Alert>
        ) : refused && refused.errors.length === 0 ? (
          <ErrorView error={refused} />
        ) : null}
        <div role="status">{reloaded ? <Text>{t("webhooks.edit.reloaded")}</Text> : null}</div>
      </form>
      <ConfirmDialog
        open={askDiscard}
        title={t("webhooks.edit.discardTitle")}
        confirmLabel={t("webhooks.edit.discard")}
        cancelLabel={t("webhooks.edit.keepEditing")}
        onConfirm={close}
        onDismiss={() => setAskDiscard(false)}
      >
        <Text as="p">{t("webhooks.edit.discardBody")}</Text>
      </ConfirmDialog>
    </DialogShell>
  );
}
