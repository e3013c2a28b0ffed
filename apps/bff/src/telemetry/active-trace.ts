import { isSpanContextValid, trace } from "@opentelemetry/api";

/**
 * The trace and span ids of the span active here, for log lines and problem answers; undefined when
 * tracing is off (no SDK: no active span) or outside a request.
 */
export function activeTraceIds(): { traceId: string; spanId: string } | undefined {
  const span = trace.getActiveSpan()?.spanContext();
  return span && isSpanContextValid(span) ? { traceId: span.traceId, spanId: span.spanId } : undefined;
}

/** pino's mixin: `trace_id` and `span_id` on every line written while a span is active. */
export function traceLogFields(): Record<string, string> {
  const ids = activeTraceIds();
  return ids ? { trace_id: ids.traceId, span_id: ids.spanId } : {};
}
