import type { WebhookEventType } from "@keyturn/auth-domain";

type EventKey = "started" | "needsConfirmation" | "completed" | "failed";

/** Each event's message key (event names hold dots, which i18next reads as nesting). */
export const EVENT_KEYS: Record<WebhookEventType, `webhooks.events.${EventKey}`> = {
  "rotation.started": "webhooks.events.started",
  "rotation.needs-confirmation": "webhooks.events.needsConfirmation",
  "rotation.completed": "webhooks.events.completed",
  "rotation.failed": "webhooks.events.failed",
};

/** The receiver's host, to name a hook briefly (its path often carries a token of its own). */
export const hostOf = (url: string) => (URL.canParse(url) ? new URL(url).host : url);
