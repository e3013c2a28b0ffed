import { trace } from "@opentelemetry/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite, type TestDatabase } from "../../test/support/databases.ts";
import { expectProblem } from "../../test/support/problem.ts";
import { createTestApp, testConfig } from "../../test/support/test-app.ts";
import { startTracing } from "./tracing.ts";

// Without a collector configured nothing starts: the API's tracer records nothing, and no answer or
// log line carries a trace id.

let db: TestDatabase;
beforeAll(async () => {
  db = await openPglite();
});
afterAll(() => db?.close());

describe("tracing off (no OTEL_EXPORTER_OTLP_ENDPOINT)", () => {
  it("starts no SDK", () => {
    const config = testConfig();
    expect(config.telemetry).toBeNull();
    expect(startTracing(config.telemetry).enabled).toBe(false);
    const span = trace.getTracer("keyturn-bff").startSpan("probe");
    expect(span.isRecording()).toBe(false);
    expect(span.spanContext().traceId).toBe("0".repeat(32));
    span.end();
  });

  it("answers problems and writes log lines without trace ids", async () => {
    const { app, log } = createTestApp({ db });
    const problem = await expectProblem(await app.request("/nowhere"), 404, "not_found");
    expect(problem).not.toHaveProperty("traceId");
    const line = log.lines.find((l) => l.msg === "request");
    expect(line).toBeDefined();
    expect(line).not.toHaveProperty("trace_id");
    expect(line).not.toHaveProperty("span_id");
  });
});
