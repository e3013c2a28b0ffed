import {
  type Context,
  isSpanContextValid,
  type TextMapGetter,
  type TextMapPropagator,
  type TextMapSetter,
  TraceFlags,
  trace,
} from "@opentelemetry/api";

const TRACEPARENT = "traceparent";
const TRACESTATE = "tracestate";
const PARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;

/**
 * W3C Trace Context (`traceparent`, `tracestate`) and nothing else: baggage is neither read from a
 * caller nor forwarded, so no header a caller sends ever reaches a workspace. The SDK's default would
 * also propagate `baggage`.
 */
export class TraceContextPropagator implements TextMapPropagator {
  inject(context: Context, carrier: unknown, setter: TextMapSetter): void {
    const span = trace.getSpanContext(context);
    if (!span || !isSpanContextValid(span)) return;
    const flags = (span.traceFlags & TraceFlags.SAMPLED).toString(16).padStart(2, "0");
    setter.set(carrier, TRACEPARENT, `00-${span.traceId}-${span.spanId}-${flags}`);
    const state = span.traceState?.serialize();
    if (state) setter.set(carrier, TRACESTATE, state);
  }

  extract(context: Context, carrier: unknown, getter: TextMapGetter): Context {
    const header = first(getter.get(carrier, TRACEPARENT));
    const match = header === undefined ? null : PARENT.exec(header.trim());
    if (!match) return context;
    const [, version, traceId = "", spanId = "", flags = "00", rest] = match;
    // Version ff is invalid; version 00 has nothing after the flags.
    if (version === "ff" || (version === "00" && rest !== undefined)) return context;
    const parent = { traceId, spanId, traceFlags: Number.parseInt(flags, 16), isRemote: true };
    if (!isSpanContextValid(parent)) return context;
    return trace.setSpanContext(context, parent);
  }

  fields(): string[] {
    return [TRACEPARENT, TRACESTATE];
  }
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
