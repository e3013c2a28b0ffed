import { Button, Checkbox, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import type { RotationPolicy } from "@keyturn/api-contract";
import type { RotationPolicyScopeKind } from "@keyturn/auth-domain";
import { type ReactElement, useState } from "react";
import { useTranslation } from "react-i18next";
import { BusyButton } from "../../../components/busy-button";
import { DialogShell } from "../../../components/dialog-shell";
import { ErrorView } from "../../../components/error-view";
import { useNotify } from "../../../components/toast";
import { useSaveRotationPolicy } from "../api/save-rotation-policy";
import { checkDraft, type DraftField, draftOf, emptyDraft, type PolicyDraft } from "../policy-draft";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  error: { color: tokens.colorPaletteRedForeground1 },
});

const SCOPE_KINDS: RotationPolicyScopeKind[] = ["all", "workspace", "tag"];

/**
 * "Add policy" or "Edit" and the form: name, scope (all, a workspace, a tag), maximum key age, grace
 * period, confirmation, on/off. Checked with the domain's rules before sending; the BFF's 409 (name or
 * scope taken) and 412 (changed meanwhile) are said in words.
 */
export function PolicyDialog({ policy, trigger }: { policy?: RotationPolicy; trigger: ReactElement }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const notify = useNotify();
  const mutation = useSaveRotationPolicy();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<PolicyDraft>(emptyDraft);
  const [wrong, setWrong] = useState<DraftField[]>([]);

  const openWith = () => {
    setDraft(policy ? draftOf(policy) : emptyDraft());
    setWrong([]);
    mutation.reset();
    setOpen(true);
  };
  const set = <K extends keyof PolicyDraft>(key: K, value: PolicyDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const problem = (field: DraftField) =>
    wrong.includes(field) ? t(`settings.rotationPolicies.form.invalid.${field}`) : undefined;

  const submit = () => {
    const checked = checkDraft(draft);
    if (!checked.ok) {
      setWrong(checked.fields);
      return;
    }
    setWrong([]);
    mutation.mutate(
      { body: checked.body, current: policy },
      {
        onSuccess: () => {
          setOpen(false);
          notify.success(t("settings.rotationPolicies.form.saved"));
        },
      },
    );
  };
  const refused = mutation.error;
  const refusal =
    refused?.code === "conflict"
      ? t("settings.rotationPolicies.form.conflict")
      : refused?.code === "precondition_failed"
        ? t("settings.rotationPolicies.form.stale")
        : null;

  const text = (field: DraftField, label: string, hint?: string, type: "text" | "number" = "text") => (
    <Field label={label} hint={problem(field) ? undefined : hint} validationMessage={problem(field)} required>
      <Input type={type} value={String(draft[field])} onChange={(_e, data) => set(field, data.value)} />
    </Field>
  );

  return (
    <DialogShell
      open={open}
      trigger={trigger}
      onOpenChange={(_event, data) => {
        if (mutation.isPending) return;
        if (data.open) openWith();
        else setOpen(false);
      }}
      title={
        policy
          ? t("settings.rotationPolicies.form.editTitle", { name: policy.name })
          : t("settings.rotationPolicies.form.addTitle")
      }
      actions={
        <>
          <BusyButton
            appearance="primary"
            busy={mutation.isPending}
            busyLabel={t("settings.rotationPolicies.form.saving")}
            onClick={submit}
          >
            {t("settings.rotationPolicies.form.save")}
          </BusyButton>
          {/* Waits for the answer too: a refusal closed away unseen would look like a cancelled save. */}
          <Button disabledFocusable={mutation.isPending} onClick={() => setOpen(false)}>
            {t("common.cancel")}
          </Button>
        </>
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
        {text("name", t("settings.rotationPolicies.form.name"))}
        <Field label={t("settings.rotationPolicies.form.scopeKind")}>
          <Select
            value={draft.scopeKind}
            onChange={(_e, data) => set("scopeKind", data.value as RotationPolicyScopeKind)}
          >
            {SCOPE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`settings.rotationPolicies.form.scopeKinds.${kind}`)}
              </option>
            ))}
          </Select>
        </Field>
        {draft.scopeKind === "workspace"
          ? text("workspace", t("settings.rotationPolicies.form.workspace"))
          : null}
        {draft.scopeKind === "tag" ? (
          <>
            {text("tagKey", t("settings.rotationPolicies.form.tagKey"))}
            {text("tagValue", t("settings.rotationPolicies.form.tagValue"))}
          </>
        ) : null}
        {text(
          "maxKeyAgeDays",
          t("settings.rotationPolicies.form.maxKeyAgeDays"),
          t("settings.rotationPolicies.form.maxKeyAgeHint"),
          "number",
        )}
        {text(
          "graceSeconds",
          t("settings.rotationPolicies.form.graceSeconds"),
          t("settings.rotationPolicies.form.graceHint"),
          "number",
        )}
        <Checkbox
          label={t("settings.rotationPolicies.form.requireConfirmation")}
          checked={draft.requireConfirmation}
          onChange={(_e, data) => set("requireConfirmation", data.checked === true)}
        />
        <Checkbox
          label={t("settings.rotationPolicies.form.enabled")}
          checked={draft.enabled}
          onChange={(_e, data) => set("enabled", data.checked === true)}
        />
        {refusal ? (
          <p role="alert" className={styles.error}>
            {refusal}
          </p>
        ) : refused ? (
          <ErrorView error={refused} />
        ) : null}
      </form>
    </DialogShell>
  );
}
