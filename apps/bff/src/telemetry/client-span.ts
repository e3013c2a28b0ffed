import { context, propagation, type Span, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import {
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_SERVER_ADDRESS,
  ATTR_SERVER_PORT,
} from "@opentelemetry/semantic-conventions";
import { regionName } from "./provider-operation.ts";
import { TRACER_NAME } from "./request-spans.ts";

/** One outgoing call as its span names it: never the URL's path or query, a header or a body. */
export interface ClientCall {
  method: string;
  url: string;
  /** The region of the workspace the call is about; undefined when it is tied to none (a webhook). */
  region: string | undefined;
  /** From a closed set: `v1 services/{}`, `service score`, `vault secrets/{}`, `webhook delivery`… */
  operation: string;
  /** The caller's own safe facts (ids, counts, closed-set names): never a secret, a path or a query. */
  attributes?: Record<string, string | number>;
}

/** Why a call failed, from a closed set (a metric label and the span's `error.type`). */
export function failureKind(status: number | undefined, err: unknown): string | undefined {
  if (err !== undefined)
    return (err as { name?: unknown } | null)?.name === "TimeoutError" ? "timeout" : "unreachable";
  if (status === undefined || status < 400) return undefined;
  if (status === 429) return "throttled";
  return status >= 500 ? "server" : "client";
}

function addressOf(url: string): { host: string; port: number } | undefined {
  try {
    const parsed = new URL(url);
    const port = parsed.port === "" ? (parsed.protocol === "https:" ? 443 : 80) : Number(parsed.port);
    return { host: parsed.hostname, port };
  } catch {
    return undefined;
  }
}

export interface ClientSpan {
  /** The W3C `traceparent` of this call, written into `headers` (nothing else of the context). */
  inject(headers: Record<string, string>): void;
  /** Ends the span with the answer's status, or the error that stopped the call; the failure kind. */
  end(status: number | undefined, err: unknown): string | undefined;
}

/**
 * A client span for one call to Azure (the workspace clients, scoring URIs, Key Vault): method, host,
 * port, region, operation and status, as OpenTelemetry's HTTP conventions name them.
 */
export function startClientSpan(call: ClientCall): ClientSpan {
  const method = call.method.toUpperCase();
  const address = addressOf(call.url);
  const span: Span = trace.getTracer(TRACER_NAME).startSpan(`${method} ${call.operation}`, {
    kind: SpanKind.CLIENT,
    attributes: {
      [ATTR_HTTP_REQUEST_METHOD]: method,
      ...(address ? { [ATTR_SERVER_ADDRESS]: address.host, [ATTR_SERVER_PORT]: address.port } : {}),
      // A call tied to no workspace (a webhook's receiver) is in no Azure region: no attribute.
      ...(call.region === undefined ? {} : { "cloud.region": regionName(call.region) }),
      "keyturn.provider.operation": call.operation,
      ...call.attributes,
    },
  });
  return {
    inject: (headers) => propagation.inject(trace.setSpan(context.active(), span), headers),
    end(status, err) {
      if (status !== undefined) span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, status);
      const kind = failureKind(status, err);
      if (kind !== undefined) {
        span.setAttribute(ATTR_ERROR_TYPE, status === undefined ? kind : String(status));
        span.setStatus({ code: SpanStatusCode.ERROR });
      }
      span.end();
      return kind;
    },
  };
}
