import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { context, propagation, trace } from "@opentelemetry/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OtlpReceiver, startOtlpReceiver } from "../../test/support/otlp-receiver.ts";
import { testConfig } from "../../test/support/test-app.ts";
import { createMetrics } from "../middleware/metrics.ts";
import { providerFetch } from "./provider-spans.ts";
import { startTracing, type Tracing } from "./tracing.ts";

// A provider call through the seam, to a real HTTP server on loopback that keeps what it received.

let receiver: OtlpReceiver;
let tracing: Tracing;
let workspace: { url: string; received: { path: string; headers: IncomingHttpHeaders }[]; close(): void };
beforeAll(async () => {
  receiver = await startOtlpReceiver();
  tracing = startTracing(testConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url }).telemetry);
  const received: { path: string; headers: IncomingHttpHeaders }[] = [];
  const server = createServer((request, response) => {
    received.push({ path: request.url ?? "", headers: request.headers });
    const status = request.url?.includes("/services/throttled") ? 429 : 200;
    response.writeHead(status, { "content-type": "application/json" }).end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  workspace = { url: `http://127.0.0.1:${port}`, received, close: () => server.close() };
});
afterAll(async () => {
  await tracing?.shutdown();
  await receiver?.close();
  workspace?.close();
});

const servicePath = (name: string) =>
  `/modelmanagement/v1.0/subscriptions/s/resourceGroups/rg/providers/p/workspaces/ws-eu/services/${name}?api-version=1`;

describe("providerFetch", () => {
  it("sends the call's traceparent (and no baggage) under the caller's trace, keeping its own headers", async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    const fetch = providerFetch(globalThis.fetch, { regionOf: () => "westeurope", metrics });
    const tracer = trace.getTracer("test");
    const parent = tracer.startSpan("request");
    const withBaggage = propagation.setBaggage(
      trace.setSpan(context.active(), parent),
      propagation.createBaggage({ user: { value: "alice" } }),
    );
    const response = await context.with(withBaggage, () =>
      fetch(`${workspace.url}${servicePath("churn")}`, { headers: { authorization: "Bearer sekrit" } }),
    );
    parent.end();
    expect(response.status).toBe(200);
    await tracing.flush();
    const call = receiver.spans.find((span) => span.name === "GET v1 services/{}");
    expect(call).toMatchObject({
      traceId: parent.spanContext().traceId,
      parentSpanId: parent.spanContext().spanId,
      attributes: {
        "cloud.region": "westeurope",
        "http.response.status_code": 200,
        "server.port": Number(new URL(workspace.url).port),
      },
    });
    const sent = workspace.received.at(-1)?.headers;
    expect(sent?.traceparent).toBe(`00-${call?.traceId}-${call?.spanId}-01`);
    expect(sent?.authorization).toBe("Bearer sekrit");
    expect(sent?.baggage).toBeUndefined();
    expect(JSON.stringify(call?.attributes)).not.toMatch(/sekrit|churn|api-version/);
  });

  it("counts failures by region, operation and kind: throttled, unreachable", async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    const fetch = providerFetch(globalThis.fetch, { regionOf: () => "Japan East", metrics });
    expect((await fetch(`${workspace.url}${servicePath("throttled")}`)).status).toBe(429);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(fetch(`http://127.0.0.1:${port}${servicePath("x")}`)).rejects.toThrow();
    const text = await metrics.registry.metrics();
    expect(text).toContain(
      'keyturn_provider_call_errors_total{region="japaneast",operation="v1 services/{}",kind="throttled"} 1',
    );
    expect(text).toContain(
      'keyturn_provider_call_errors_total{region="japaneast",operation="v1 services/{}",kind="unreachable"} 1',
    );
    expect(text).toContain(
      'keyturn_provider_call_duration_seconds_count{region="japaneast",operation="v1 services/{}"} 2',
    );
    await tracing.flush();
    const failed = receiver.spans.filter((span) => span.attributes["cloud.region"] === "japaneast");
    expect(failed.map((span) => span.attributes["error.type"]).sort()).toEqual(["429", "unreachable"]);
  });
});
