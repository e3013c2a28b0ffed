import { isAddressRefused } from "../../http/public-address-fetch.ts";
import { startClientSpan } from "../../telemetry/client-span.ts";

/** What one attempt found: the receiver's status (null when none came) and a stable error code. */
export interface PostResult {
  ok: boolean;
  responseCode: number | null;
  error: string | null;
  durationMs: number;
}

/** Which attempt of which delivery this is: the span's facts, none of them secret. */
export interface AttemptFacts {
  webhookId: string;
  deliveryId: string;
  /** 1-based. */
  attempt: number;
  /** `rotation.completed`… */
  eventType: string;
}

/**
 * POSTs one event: no redirect followed (a signed event goes only where the Admin said), a deadline,
 * the answer's body read and dropped (bounded by the deadline). Never throws. Traced as a client span
 * `POST webhook delivery`: the receiver's host and port, the status, the attempt, the event type —
 * never the URL's path or query (a receiver's path may carry its own token), a header or the body.
 * No `traceparent` is sent: the receiver is not ours.
 */
export async function postEvent(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: { timeoutMs: number; fetch?: typeof fetch; facts: AttemptFacts },
): Promise<PostResult> {
  const { timeoutMs, facts } = options;
  const fetchImpl = options.fetch ?? fetch;
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const signal = AbortSignal.timeout(timeoutMs);
  const span = startClientSpan({
    method: "POST",
    url,
    region: undefined,
    operation: "webhook delivery",
    attributes: {
      "keyturn.webhook.id": facts.webhookId,
      "keyturn.webhook.delivery_id": facts.deliveryId,
      "keyturn.webhook.attempt": facts.attempt,
      "keyturn.webhook.event_type": facts.eventType,
    },
  });
  let status: number | undefined;
  let failure: unknown;
  try {
    const response = await fetchImpl(url, { method: "POST", headers, body, redirect: "manual", signal });
    await response.arrayBuffer().catch(() => undefined);
    status = response.status;
    if (status >= 200 && status < 300)
      return { ok: true, responseCode: status, error: null, durationMs: elapsed() };
    const error = status >= 300 && status < 400 ? "redirect_refused" : `http_${status}`;
    return { ok: false, responseCode: status, error, durationMs: elapsed() };
  } catch (err) {
    failure = signal.aborted ? signal.reason : (err ?? new Error("fetch failed"));
    const error = isAddressRefused(err)
      ? "address_not_allowed"
      : signal.aborted
        ? "timeout"
        : "connection_failed";
    return { ok: false, responseCode: null, error, durationMs: elapsed() };
  } finally {
    span.end(status, failure);
  }
}
