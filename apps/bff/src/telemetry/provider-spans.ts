import type { FetchLike } from "../http/issuer-fetch.ts";
import type { Metrics } from "../middleware/metrics.ts";
import { startClientSpan } from "./client-span.ts";
import { providerOperation, regionLabel } from "./provider-operation.ts";

export interface ProviderFetchOptions {
  /** The region of the workspace a URL is about; undefined when the call is tied to no workspace. */
  regionOf: (url: string) => string | undefined;
  /** The latency histogram and error counter of /metrics; calls outside the workspace clients have none. */
  metrics?: Pick<Metrics, "providerCalls" | "providerErrors">;
  /** The operation a URL names (default: the workspace clients' templates, `providerOperation`). */
  operationOf?: (url: string) => string;
}

/**
 * The BFF's one seam for calls to Azure (the workspace clients, v2 endpoints, the credential's token
 * requests, the scoring URIs): a client span per call (method, host, region, operation template and
 * status — never the URL, its query or a header), the W3C `traceparent` sent along, and, given the
 * metrics, the latency histogram and error counter of /metrics by region and operation.
 */
export function providerFetch(inner: FetchLike, options: ProviderFetchOptions): FetchLike {
  return async (url, init) => {
    const method = (init?.method ?? "GET").toUpperCase();
    const operation = (options.operationOf ?? providerOperation)(url);
    const region = options.regionOf(url);
    const span = startClientSpan({ method, url, region, operation });
    const headers: Record<string, string> = Object.fromEntries(new Headers(init?.headers));
    span.inject(headers);
    const labels = { region: regionLabel(region), operation };
    const stop = options.metrics?.providerCalls.startTimer(labels);
    let status: number | undefined;
    let error: unknown;
    try {
      const response = await inner(url, { ...init, headers });
      status = response.status;
      return response;
    } catch (err) {
      error = err ?? new Error("fetch failed");
      throw err;
    } finally {
      stop?.();
      const kind = span.end(status, error);
      if (kind !== undefined) options.metrics?.providerErrors.inc({ ...labels, kind });
    }
  };
}
