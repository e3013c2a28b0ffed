import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { RotationPolicy, WebhookCreated } from "@keyturn/api-contract";
import { type ReactElement, useState } from "react";
import { useTranslation } from "react-i18next";
import { DialogShell } from "../../../components/dialog-shell";
import { ErrorView } from "../../../components/error-view";
import { useNotify } from "../../../components/toast";
import { useCreateWebhook } from "../api/create-webhook";
import { checkDraft, emptyDraft, type WebhookDraft, type WebhookField } from "../webhook-draft";
import { SecretShownOnce } from "./secret-shown-once";
import { useFieldProblems, WebhookFields } from "./webhook-fields";
import { WebhookFormActions } from "./webhook-form-actions";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/**
 * "Add webhook" and its dialog: the receiver's URL, the policy, the events; then the signing secret,
 * shown this once with a copy button. Until "I have copied it", a click outside does not close it.
 */
export function AddWebhookDialog({
  policies,
  trigger,
}: {
  policies: readonly Pick<RotationPolicy, "id" | "name">[];
  trigger: ReactElement;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const notify = useNotify();
  const mutation = useCreateWebhook();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<WebhookDraft>(emptyDraft);
  const [wrong, setWrong] = useState<WebhookField[]>([]);
  const [created, setCreated] = useState<WebhookCreated | null>(null);
  const problemOf = useFieldProblems(wrong, mutation.error);

  const close = () => {
    setOpen(false);
    setDraft(emptyDraft());
    setWrong([]);
    setCreated(null);
    mutation.reset();
  };

  const submit = () => {
    const checked = checkDraft(draft);
    setWrong(checked.ok ? [] : checked.fields);
    if (!checked.ok) return;
    mutation.mutate(checked.body, {
      onSuccess: (answer) => {
        setCreated(answer);
        notify.success(t("webhooks.created.toast"));
      },
    });
  };

  const showsSecret = created !== null;
  return (
    <DialogShell
      open={open}
      trigger={trigger}
      modalType={showsSecret ? "alert" : "modal"}
      onOpenChange={(_event, data) => {
        if (mutation.isPending || (showsSecret && data.type === "backdropClick")) return;
        if (data.open) setOpen(true);
        else close();
      }}
      title={showsSecret ? t("webhooks.created.title") : t("webhooks.form.title")}
      actions={
        showsSecret ? (
          <Button appearance="primary" onClick={close}>
            {t("webhooks.created.done")}
          </Button>
        ) : (
          <WebhookFormActions
            label={t("webhooks.form.submit")}
            busyLabel={t("webhooks.form.submitting")}
            pending={mutation.isPending}
            onSubmit={submit}
            onCancel={close}
          />
        )
      }
    >
      {showsSecret ? (
        <SecretShownOnce secret={created.secret} />
      ) : (
        <form
          className={styles.form}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <WebhookFields draft={draft} onChange={setDraft} policies={policies} problemOf={problemOf} />
          {mutation.error && mutation.error.errors.length === 0 ? <ErrorView error={mutation.error} /> : null}
        </form>
      )}
    </DialogShell>
  );
}
