import { httpInstrumentationMiddleware } from "@hono/otel";
import { type Attributes, type Span, type SpanOptions, type Tracer, trace } from "@opentelemetry/api";
import { ATTR_EXCEPTION_TYPE, ATTR_URL_FULL } from "@opentelemetry/semantic-conventions";
import type { MiddlewareHandler } from "hono";
import { routeLabel } from "../middleware/route-label.ts";

export const TRACER_NAME = "keyturn-bff";

/** A URL without its query and fragment (a query may carry codes or tokens) nor credentials. */
function withoutQuery(raw: string): string {
  try {
    const url = new URL(raw);
    return `${url.protocol}//${url.host}${url.pathname}`;
  } catch {
    return "";
  }
}

function scrubbed(options: SpanOptions): SpanOptions {
  const attributes: Attributes = { ...options.attributes };
  const full = attributes[ATTR_URL_FULL];
  if (typeof full === "string") attributes[ATTR_URL_FULL] = withoutQuery(full);
  return { ...options, attributes };
}

const exceptionType = (exception: unknown) =>
  exception instanceof Error ? exception.name : typeof exception === "string" ? "string" : "unknown";

/**
 * The span as the middleware sees it: an exception is recorded by its class only. Its message and
 * stack may quote what failed (a connection string, a value), and the cause is logged already.
 */
function withoutExceptionDetails(span: Span): Span {
  return new Proxy(span, {
    get(target, property) {
      if (property === "recordException")
        return (exception: unknown, time?: Parameters<Span["recordException"]>[1]) =>
          target.addEvent("exception", { [ATTR_EXCEPTION_TYPE]: exceptionType(exception) }, time);
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * The tracer @hono/otel opens server spans with: the request's `url.full` loses its query before the
 * SDK sees it, and exceptions lose their message. The global tracer is looked up per span, so a
 * tracer registered later (or again) is used.
 */
function requestTracer(): Tracer {
  const inner = () => trace.getTracer(TRACER_NAME);
  return {
    startSpan: (name, options, context) => inner().startSpan(name, options && scrubbed(options), context),
    startActiveSpan: ((name: string, ...rest: unknown[]) => {
      const [first] = rest;
      if (rest.length > 1 && typeof first === "object" && first !== null)
        rest[0] = scrubbed(first as SpanOptions);
      const run = rest.at(-1);
      if (typeof run === "function")
        rest[rest.length - 1] = (span: Span) => run(withoutExceptionDetails(span));
      return (inner().startActiveSpan as (name: string, ...args: unknown[]) => unknown)(name, ...rest);
    }) as Tracer["startActiveSpan"],
  };
}

/** Probes and scrapes (every few seconds, per replica) would drown the traces: they open no span. */
const UNTRACED = new Set(["/healthz", "/readyz", "/metrics"]);

/**
 * One server span per request (W3C `traceparent` of the caller followed), named by the route
 * template (`GET /api/deployments/:workspace`), never the path's values or the query; none for the
 * health probes and /metrics. Mount it first,
 * so the request's log line and problem answer carry its trace id.
 */
export function requestSpans(): MiddlewareHandler {
  const traced = httpInstrumentationMiddleware({
    tracer: requestTracer(),
    spanNameFactory: (c) => `${c.req.method} ${routeLabel(c)}`,
    captureActiveRequests: false,
  });
  return async function requestSpans(c, next) {
    return UNTRACED.has(c.req.path) ? next() : traced(c, next);
  };
}
