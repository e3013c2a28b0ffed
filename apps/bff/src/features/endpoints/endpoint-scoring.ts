import { ApiError } from "../../errors/api-error.ts";
import type { Metrics } from "../../middleware/metrics.ts";
import { providerFetch } from "../../telemetry/provider-spans.ts";

const DEPLOYMENT_HEADER = "azureml-model-deployment";
const REPORTED = [
  "content-type",
  "www-authenticate",
  "retry-after",
  "x-request-id",
  "x-ms-request-id",
  DEPLOYMENT_HEADER,
];
const TIMEOUT_MS = 10_000;
const SHOWN_CHARS = 4096;
const MAX_READ_BYTES = 64 * 1024;

export interface EndpointScoringCall {
  scoringUri: string;
  /** `Authorization: Bearer …`; undefined sends none. */
  credential: string | undefined;
  /** `azureml-model-deployment`: the deployment that should answer; undefined lets the traffic split pick. */
  deployment: string | undefined;
  body: unknown;
  /** The endpoint's workspace region, for the call's span and its metric labels. */
  region?: string;
  /** /metrics' provider histogram and error counter (`endpoint score`); left out for enforcement probes. */
  metrics?: Pick<Metrics, "providerCalls" | "providerErrors">;
  signal?: AbortSignal;
}

export interface EndpointScoringAnswer {
  status: number;
  latencyMs: number;
  headers: Record<string, string>;
  body: string;
  truncated: boolean;
  servedBy: string | null;
}

const scrub = (text: string, secret: string | undefined) =>
  secret && secret.length >= 4 ? text.split(secret).join("[redacted]") : text;

/** At most MAX_READ_BYTES of the answer; the rest is dropped unread. */
async function readBounded(response: Response): Promise<{ bytes: Uint8Array; complete: boolean }> {
  if (!response.body) return { bytes: new Uint8Array(), complete: true };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { bytes: Buffer.concat(chunks), complete: true };
    chunks.push(value);
    size += value.byteLength;
    if (size >= MAX_READ_BYTES) {
      await reader.cancel().catch(() => {});
      return { bytes: Buffer.concat(chunks).subarray(0, MAX_READ_BYTES), complete: false };
    }
  }
}

/**
 * One call by the BFF to an endpoint's scoring URI, with the deployment header. Redirects are not
 * followed; the deadline covers the body; any echo of the credential is replaced before it leaves.
 * Traced as a client span `POST endpoint score` (host, region, status; never the URL or a header).
 */
export async function scoreEndpoint(call: EndpointScoringCall): Promise<EndpointScoringAnswer> {
  const url = new URL(call.scoringUri);
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ApiError(502, "provider_rejected", { detail: "The endpoint's scoring URI is not HTTP(S)." });
  }
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  if (call.credential !== undefined) headers.authorization = `Bearer ${call.credential}`;
  if (call.deployment !== undefined) headers[DEPLOYMENT_HEADER] = call.deployment;
  const signals = [AbortSignal.timeout(TIMEOUT_MS), ...(call.signal ? [call.signal] : [])];
  const started = performance.now();
  try {
    const traced = providerFetch(fetch, {
      regionOf: () => call.region,
      operationOf: () => "endpoint score",
      metrics: call.metrics,
    });
    const response = await traced(url.href, {
      method: "POST",
      headers,
      body: JSON.stringify(call.body),
      redirect: "manual",
      signal: AbortSignal.any(signals),
    });
    const { bytes, complete } = await readBounded(response);
    const text = scrub(new TextDecoder().decode(bytes), call.credential);
    const shown: Record<string, string> = {};
    for (const name of REPORTED) {
      const value = response.headers.get(name);
      if (value !== null) shown[name] = scrub(value, call.credential).slice(0, 1000);
    }
    return {
      status: response.status,
      latencyMs: Math.round((performance.now() - started) * 10) / 10,
      headers: shown,
      body: text.slice(0, SHOWN_CHARS),
      truncated: !complete || text.length > SHOWN_CHARS,
      servedBy: shown[DEPLOYMENT_HEADER] ?? null,
    };
  } catch (err) {
    if ((err as { name?: string }).name === "TimeoutError") {
      throw new ApiError(504, "provider_timeout", {
        detail: `The scoring URI did not answer within ${TIMEOUT_MS} ms.`,
      });
    }
    throw new ApiError(502, "provider_unavailable", {
      detail: "The scoring URI could not be reached.",
      cause: err,
    });
  }
}
