import { isAddressRefused } from "../../http/public-address-fetch.ts";

/** What one attempt found: the receiver's status (null when none came) and a stable error code. */
export interface PostResult {
  ok: boolean;
  responseCode: number | null;
  error: string | null;
  durationMs: number;
}

/**
 * POSTs one event: no redirect followed (a signed event goes only where the Admin said), a deadline,
 * the answer's body read and dropped (bounded by the deadline). Never throws.
 */
export async function postEvent(
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
  fetchImpl: typeof fetch = fetch,
): Promise<PostResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetchImpl(url, { method: "POST", headers, body, redirect: "manual", signal });
    await response.arrayBuffer().catch(() => undefined);
    const status = response.status;
    if (status >= 200 && status < 300)
      return { ok: true, responseCode: status, error: null, durationMs: elapsed() };
    const error = status >= 300 && status < 400 ? "redirect_refused" : `http_${status}`;
    return { ok: false, responseCode: status, error, durationMs: elapsed() };
  } catch (err) {
    const error = isAddressRefused(err)
      ? "address_not_allowed"
      : signal.aborted
        ? "timeout"
        : "connection_failed";
    return { ok: false, responseCode: null, error, durationMs: elapsed() };
  }
}
