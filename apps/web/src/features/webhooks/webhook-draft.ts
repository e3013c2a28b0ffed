import type { Webhook, WebhookBody } from "@keyturn/api-contract";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "@keyturn/auth-domain";

/** The webhook form as typed: the same fields to add a hook and to change one. */
export interface WebhookDraft {
  url: string;
  policyId: string;
  events: WebhookEventType[];
}

export type WebhookField = keyof WebhookDraft;

/** A new hook hears every event until the admin unticks some. */
export const emptyDraft = (): WebhookDraft => ({ url: "", policyId: "", events: [...WEBHOOK_EVENT_TYPES] });

export const draftOf = (hook: Pick<Webhook, "url" | "policyId" | "events">): WebhookDraft => ({
  url: hook.url,
  policyId: hook.policyId,
  events: [...hook.events],
});

/** Events in the one order the console sends and shows them, whatever order they were ticked in. */
const ordered = (events: readonly WebhookEventType[]) =>
  WEBHOOK_EVENT_TYPES.filter((e) => events.includes(e));

/** Whether two drafts would send the same body (an untouched edit is not an unsaved change). */
export const sameDraft = (a: WebhookDraft, b: WebhookDraft): boolean =>
  a.url.trim() === b.url.trim() &&
  a.policyId === b.policyId &&
  ordered(a.events).join() === ordered(b.events).join();

/**
 * The body to send, or the fields the console can already tell are wrong (each once, in form order);
 * the BFF checks the rest (which addresses it may send to, whether the policy still exists).
 */
export function checkDraft(
  draft: WebhookDraft,
): { ok: true; body: WebhookBody } | { ok: false; fields: WebhookField[] } {
  const url = draft.url.trim();
  const fields: WebhookField[] = [];
  if (!/^https?:\/\/\S+$/i.test(url)) fields.push("url");
  if (!draft.policyId) fields.push("policyId");
  if (draft.events.length === 0) fields.push("events");
  if (fields.length > 0) return { ok: false, fields };
  return { ok: true, body: { url, policyId: draft.policyId, events: ordered(draft.events) } };
}
