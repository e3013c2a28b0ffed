import {
  defaultTextMapGetter,
  defaultTextMapSetter,
  ROOT_CONTEXT,
  TraceFlags,
  trace,
} from "@opentelemetry/api";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TraceContextPropagator } from "./trace-context.ts";

const propagator = new TraceContextPropagator();
const hex = (length: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: length, maxLength: length });
const validId = (length: number) => hex(length).filter((id) => /[1-9a-f]/.test(id));

function extracted(headers: Record<string, string>) {
  return trace.getSpanContext(propagator.extract(ROOT_CONTEXT, headers, defaultTextMapGetter));
}

describe("TraceContextPropagator", () => {
  it("sends traceparent as W3C writes it, and reads back what it sent", () => {
    fc.assert(
      fc.property(validId(32), validId(16), fc.boolean(), (traceId, spanId, sampled) => {
        const traceFlags = sampled ? TraceFlags.SAMPLED : TraceFlags.NONE;
        const context = trace.setSpanContext(ROOT_CONTEXT, { traceId, spanId, traceFlags });
        const headers: Record<string, string> = {};
        propagator.inject(context, headers, defaultTextMapSetter);
        expect(headers).toEqual({ traceparent: `00-${traceId}-${spanId}-0${sampled ? 1 : 0}` });
        expect(extracted(headers)).toEqual({ traceId, spanId, traceFlags, isRemote: true });
      }),
    );
  });

  it("ignores a malformed, all-zero or version-ff traceparent, and never reads baggage", () => {
    const id = "4bf92f3577b34da6a3ce929d0e0e4736";
    for (const value of [
      "",
      "garbage",
      `00-${"0".repeat(32)}-00f067aa0ba902b7-01`,
      `00-${id}-${"0".repeat(16)}-01`,
      `ff-${id}-00f067aa0ba902b7-01`,
      `00-${id}-00f067aa0ba902b7-01-extra`,
      `00-${id.toUpperCase()}-00f067aa0ba902b7-01`,
    ])
      expect(extracted({ traceparent: value }), value).toBeUndefined();
    expect(extracted({ baggage: "user=alice" })).toBeUndefined();
    expect(extracted({ traceparent: `01-${id}-00f067aa0ba902b7-01-future` })?.traceId).toBe(id);
  });

  it("sends nothing without a valid span, and names only its own fields", () => {
    const headers: Record<string, string> = {};
    propagator.inject(ROOT_CONTEXT, headers, defaultTextMapSetter);
    expect(headers).toEqual({});
    expect(propagator.fields()).toEqual(["traceparent", "tracestate"]);
  });
});
