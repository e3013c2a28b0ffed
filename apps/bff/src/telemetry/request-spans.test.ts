import { Hono } from "hono";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OtlpReceiver, startOtlpReceiver } from "../../test/support/otlp-receiver.ts";
import { testConfig } from "../../test/support/test-app.ts";
import { notFound, onError } from "../errors/on-error.ts";
import { requestSpans } from "./request-spans.ts";
import { startTracing, type Tracing } from "./tracing.ts";

// The server span of a small app with the BFF's error mapping, exported to a real collector.

let receiver: OtlpReceiver;
let tracing: Tracing;
beforeAll(async () => {
  receiver = await startOtlpReceiver();
  tracing = startTracing(testConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url }).telemetry);
});
afterAll(async () => {
  await tracing?.shutdown();
  await receiver?.close();
});

function app() {
  const hono = new Hono();
  hono.onError(onError(pino({ level: "silent" })));
  hono.notFound(notFound);
  hono.use("*", requestSpans());
  hono.get("/healthz", (c) => c.text("ok"));
  hono.get("/items/:id", (c) => c.json({ id: c.req.param("id") }));
  hono.get("/boom/:id", () => {
    throw new Error("connection to postgres://keyturn:hunter2@db failed");
  });
  return hono;
}

describe("requestSpans", () => {
  it("names the span by the route, keeps the path but not the query", async () => {
    expect((await app().request("http://bff.test/items/42?code=oauth-code-x1")).status).toBe(200);
    await tracing.flush();
    const span = receiver.spans.find((s) => s.name === "GET /items/:id");
    expect(span).toMatchObject({
      kind: 2,
      attributes: {
        "http.route": "/items/:id",
        "url.full": "http://bff.test/items/42",
        "http.response.status_code": 200,
      },
    });
  });

  it("records a failure's class and status, never its message or stack", async () => {
    const response = await app().request("http://bff.test/boom/7");
    expect(response.status).toBe(500);
    const traceId = ((await response.json()) as { traceId?: string }).traceId;
    await tracing.flush();
    const span = receiver.spans.find((s) => s.name === "GET /boom/:id");
    expect(span?.traceId).toBe(traceId);
    expect(span?.attributes["http.response.status_code"]).toBe(500);
    const sent = receiver.exports.map((e) => e.body).join("\n");
    expect(sent).toContain('"exception.type"');
    expect(sent).not.toContain("hunter2");
    expect(sent).not.toContain("exception.stacktrace");
    expect(sent).not.toContain("exception.message");
  });

  it("opens no span for the health probes", async () => {
    expect((await app().request("http://bff.test/healthz")).status).toBe(200);
    await tracing.flush();
    expect(receiver.spans.some((s) => s.name.includes("healthz"))).toBe(false);
  });
});
