import type { MiddlewareHandler } from "hono";
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";
import { routeLabel } from "./route-label.ts";

export interface Metrics {
  registry: Registry;
  requests: Counter<"method" | "route" | "status">;
  duration: Histogram<"method" | "route" | "status">;
  /**
   * Calls to a workspace, its identity provider or discovery, and a v1 service's scoring URI for a test
   * call or a new key's verification (`service score`) (telemetry/provider-spans.ts).
   */
  providerCalls: Histogram<ProviderCallLabel>;
  providerErrors: Counter<ProviderCallLabel | "kind">;
}

/**
 * Provider call labels, each from a closed set: the workspace's region (a listed region, `other`, or
 * `none` for calls tied to no workspace) and the operation's template (`v1 services/{}/listkeys`).
 */
export type ProviderCallLabel = "region" | "operation";

/** A registry per app (not prom-client's global one), so several apps can live in one process. */
export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: "keyturn_" });
  const labelNames = ["method", "route", "status"] as const;
  return {
    registry,
    requests: new Counter({
      name: "keyturn_http_requests_total",
      help: "HTTP requests by method, matched route and status.",
      labelNames,
      registers: [registry],
    }),
    duration: new Histogram({
      name: "keyturn_http_request_duration_seconds",
      help: "HTTP request duration by method, matched route and status.",
      labelNames,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    providerCalls: new Histogram({
      name: "keyturn_provider_call_duration_seconds",
      help: "Calls to Azure (or the emulator) until the answer's head, by workspace region and operation.",
      labelNames: ["region", "operation"],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    providerErrors: new Counter({
      name: "keyturn_provider_call_errors_total",
      help: "Failed calls to Azure by workspace region, operation and kind (throttled, client, server, timeout, unreachable).",
      labelNames: ["region", "operation", "kind"],
      registers: [registry],
    }),
  };
}

/** Counts and times every request by its route pattern (never the raw path). */
export function metricsMiddleware(metrics: Metrics): MiddlewareHandler {
  return async function metrics_(c, next) {
    const stop = metrics.duration.startTimer();
    try {
      await next();
    } finally {
      const labels = { method: c.req.method, route: routeLabel(c), status: String(c.res.status) };
      metrics.requests.inc(labels);
      stop(labels);
    }
  };
}
