import { ApiError } from "../../errors/api-error.ts";
import type { Metrics } from "../../middleware/metrics.ts";
import { providerFetch } from "../../telemetry/provider-spans.ts";

/** Response headers a test call reports; everything else (cookies included) stays out. */
export const REPORTED_HEADERS = [
  "content-type",
  "content-length",
  "www-authenticate",
  "retry-after",
  "x-ms-request-id",
  "x-request-id",
  "x-ms-client-request-id",
  "azureml-model-deployment",
] as const;

export const DEFAULT_SCORING_TIMEOUT_MS = 10_000;
/** The body shown back: the first 4 KB (UTF-16 code units of the decoded text). */
export const SHOWN_BODY_CHARS = 4096;
/** Read at most this much of the answer; the rest is dropped unread. */
const MAX_READ_BYTES = 64 * 1024;
const REDACTED = "[redacted]";

export interface ScoringCall {
  scoringUri: string;
  /** Sent as `Authorization: Bearer <credential>`; undefined sends no Authorization header. */
  credential: string | undefined;
  body: unknown;
  /** The deployment's workspace region, for the call's span and its metric labels. */
  region?: string;
  /**
   * /metrics' provider histogram and error counter, under the operation `service score`: given for the
   * calls a person or a rotation makes (test calls, a new key's verification), left out for the
   * enforcement probes, whose expected refusals are no provider's errors.
   */
  metrics?: Pick<Metrics, "providerCalls" | "providerErrors">;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface ScoringAnswer {
  status: number;
  latencyMs: number;
  headers: Record<string, string>;
  body: string;
  truncated: boolean;
}

/**
 * One call by the BFF to a deployment's scoring URI. Redirects are not followed (one could carry the
 * credential to another host); the deadline covers the body; any echo of the credential in the answer's
 * headers or body is replaced before anything leaves this function. Unreachable → 502, too slow → 504.
 * Traced as a client span `POST service score` (host, region, status; never the URL or a header) and,
 * given the metrics, timed and counted in /metrics like the workspace calls.
 */
export async function callScoringUri(call: ScoringCall): Promise<ScoringAnswer> {
  const url = scoringUrl(call.scoringUri);
  const timeoutMs = call.timeoutMs ?? DEFAULT_SCORING_TIMEOUT_MS;
  const signals = [AbortSignal.timeout(timeoutMs), ...(call.signal ? [call.signal] : [])];
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  if (call.credential !== undefined) headers.authorization = `Bearer ${call.credential}`;
  const started = performance.now();
  try {
    const traced = providerFetch(fetch, {
      regionOf: () => call.region,
      operationOf: () => "service score",
      metrics: call.metrics,
    });
    const response = await traced(url.href, {
      method: "POST",
      headers,
      body: JSON.stringify(call.body),
      redirect: "manual",
      signal: AbortSignal.any(signals),
    });
    const { text, complete } = await readBounded(response);
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    const secret = call.credential;
    const body = scrub(text, secret);
    return {
      status: response.status,
      latencyMs,
      headers: reportedHeaders(response.headers, secret),
      body: body.slice(0, SHOWN_BODY_CHARS),
      truncated: !complete || body.length > SHOWN_BODY_CHARS,
    };
  } catch (err) {
    if ((err as { name?: string }).name === "TimeoutError") {
      throw new ApiError(504, "provider_timeout", {
        detail: `The scoring URI did not answer within ${timeoutMs} ms.`,
      });
    }
    throw new ApiError(502, "provider_unavailable", {
      detail: "The scoring URI could not be reached.",
      cause: err,
    });
  }
}

function scoringUrl(uri: string): URL {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    throw new ApiError(502, "provider_rejected", { detail: "The deployment's scoring URI is not a URL." });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ApiError(502, "provider_rejected", { detail: "The deployment's scoring URI is not HTTP(S)." });
  }
  return url;
}

async function readBounded(response: Response): Promise<{ text: string; complete: boolean }> {
  if (!response.body) return { text: "", complete: true };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let complete = true;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size >= MAX_READ_BYTES) {
      complete = false;
      await reader.cancel().catch(() => {});
      break;
    }
  }
  const bytes = Buffer.concat(chunks).subarray(0, MAX_READ_BYTES);
  return { text: new TextDecoder("utf-8", { fatal: false }).decode(bytes), complete };
}

function reportedHeaders(headers: Headers, secret: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of REPORTED_HEADERS) {
    const value = headers.get(name);
    if (value !== null) out[name] = scrub(value, secret).slice(0, 1000);
  }
  return out;
}

/** Replaces every occurrence of the secret (nothing to do without one). */
export function scrub(text: string, secret: string | undefined): string {
  if (!secret || secret.length < 4) return text;
  return text.split(secret).join(REDACTED);
}
