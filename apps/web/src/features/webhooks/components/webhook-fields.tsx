import { Checkbox, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import type { RotationPolicy } from "@keyturn/api-contract";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "@keyturn/auth-domain";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { ApiProblem } from "../../../lib/api-client";
import type { WebhookDraft, WebhookField } from "../webhook-draft";
import { EVENT_KEYS } from "./event-words";

const useStyles = makeStyles({
  events: { display: "flex", flexDirection: "column", border: "none", margin: 0, padding: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

const CHECK_KEYS = {
  url: "webhooks.form.invalidUrl",
  policyId: "webhooks.form.noPolicy",
  events: "webhooks.form.noEvent",
} as const;

/** What is wrong with a field: the console's own check first, else the BFF's refusal of it. */
export function useFieldProblems(wrong: readonly WebhookField[], refused: ApiProblem | null) {
  const { t } = useTranslation();
  return (field: WebhookField): string | undefined =>
    wrong.includes(field) ? t(CHECK_KEYS[field]) : refused?.errors.find((e) => e.path === field)?.message;
}

/** The fields a webhook is added and changed with: the receiver's URL, its policy, its events. */
export function WebhookFields({
  draft,
  onChange,
  policies,
  problemOf,
}: {
  draft: WebhookDraft;
  onChange: (draft: WebhookDraft) => void;
  policies: readonly Pick<RotationPolicy, "id" | "name">[];
  /** The words of what is wrong with a field (the console's check or the BFF's), if anything. */
  problemOf: (field: WebhookField) => string | undefined;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const eventsError = useId();
  const set = <K extends WebhookField>(key: K, value: WebhookDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const toggle = (event: WebhookEventType, on: boolean) =>
    set("events", on ? [...draft.events, event] : draft.events.filter((e) => e !== event));
  const eventsProblem = problemOf("events");
  return (
    <>
      <Field
        label={t("webhooks.form.url")}
        hint={problemOf("url") ? undefined : t("webhooks.form.urlHint")}
        validationMessage={problemOf("url")}
        required
      >
        <Input type="url" value={draft.url} onChange={(_e, data) => set("url", data.value)} />
      </Field>
      <Field label={t("webhooks.form.policy")} validationMessage={problemOf("policyId")} required>
        <Select value={draft.policyId} onChange={(_e, data) => set("policyId", data.value)}>
          <option value="">{t("webhooks.form.policyPlaceholder")}</option>
          {policies.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset className={styles.events} aria-describedby={eventsProblem ? eventsError : undefined}>
        <legend>{t("webhooks.form.events")}</legend>
        {WEBHOOK_EVENT_TYPES.map((event) => (
          <Checkbox
            key={event}
            label={t(EVENT_KEYS[event])}
            checked={draft.events.includes(event)}
            onChange={(_e, data) => toggle(event, data.checked === true)}
          />
        ))}
        {eventsProblem ? (
          <Text id={eventsError} role="alert" className={styles.error}>
            {eventsProblem}
          </Text>
        ) : null}
      </fieldset>
    </>
  );
}
