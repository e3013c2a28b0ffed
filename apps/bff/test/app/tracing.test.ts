import { SERVICE_PRINCIPALS } from "@keyturn/dev-idp";
import { SEED_RESOURCE_GROUP, SEED_SUBSCRIPTION_ID } from "@keyturn/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTracing, type Tracing } from "../../src/telemetry/tracing.ts";
import { DB_KINDS } from "../support/databases.ts";
import { type DeploymentsSetup, setupDeployments } from "../support/deployments-setup.ts";
import { type OtlpReceiver, type ReceivedSpan, startOtlpReceiver } from "../support/otlp-receiver.ts";
import { expectProblem } from "../support/problem.ts";
import { testConfig } from "../support/test-app.ts";

// Tracing on, as an operator configures it: the SDK exports over OTLP/HTTP to a real collector on
// loopback, and what it received is read back. Spans of both databases land in the one collector;
// each request is told apart by its trace id.

const SERVER = 2;
const CLIENT = 3;
const CANARY = "canary-query-value-8d1f";

let receiver: OtlpReceiver;
let tracing: Tracing;
beforeAll(async () => {
  receiver = await startOtlpReceiver();
  tracing = startTracing(testConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url }).telemetry);
  expect(tracing.enabled).toBe(true);
});
afterAll(async () => {
  await tracing?.shutdown();
  await receiver?.close();
});

const ofTrace = (traceId: string) => receiver.spans.filter((span) => span.traceId === traceId);

/** Whether `span` descends from `ancestor` through the parent links received. */
function descendsFrom(span: ReceivedSpan, ancestor: ReceivedSpan): boolean {
  const byId = new Map(receiver.spans.map((s) => [s.spanId, s]));
  for (let at = byId.get(span.parentSpanId); at; at = byId.get(at.parentSpanId))
    if (at.spanId === ancestor.spanId) return true;
  return false;
}

describe.each(DB_KINDS)("tracing on %s", (kind) => {
  let s: DeploymentsSetup;
  // An app of its own, for its log lines.
  let replica: ReturnType<DeploymentsSetup["build"]>;
  beforeAll(async () => {
    s = await setupDeployments(kind);
    replica = s.build();
  });
  afterAll(() => s?.close());

  const deployment = () => s.client("lead", replica.app).api.deployments[":workspace"][":name"];
  const detail = (name: string) => deployment().$get({ param: { workspace: "ws-prod-eastus", name } });

  it("exports a server span named by the route, with a provider span (region) and query spans under it", async () => {
    const response = await detail("credit-risk-dr");
    expect(response.status).toBe(200);
    await tracing.flush();
    const server = receiver.spans.find(
      (span) =>
        span.kind === SERVER &&
        span.name === "GET /api/deployments/:workspace/:name" &&
        span.attributes["http.response.status_code"] === 200 &&
        ofTrace(span.traceId).some(
          (other) => other.attributes["keyturn.provider.operation"] === "v1 services/{}",
        ),
    );
    expect(server, "the request's server span").toBeDefined();
    if (!server) return;
    expect(server.attributes["url.full"]).toBe(
      "http://localhost/api/deployments/ws-prod-eastus/credit-risk-dr",
    );
    expect(server.resource["service.name"]).toBe("keyturn-bff");

    const provider = ofTrace(server.traceId).find(
      (span) => span.attributes["keyturn.provider.operation"] === "v1 services/{}",
    );
    expect(provider).toMatchObject({
      kind: CLIENT,
      name: "GET v1 services/{}",
      attributes: {
        "cloud.region": "eastus",
        "server.address": "127.0.0.1",
        "http.request.method": "GET",
        "http.response.status_code": 200,
      },
    });
    expect(provider && descendsFrom(provider, server)).toBe(true);

    const queries = ofTrace(server.traceId).filter(
      (span) => span.attributes["db.system.name"] === "postgresql",
    );
    expect(queries.length).toBeGreaterThan(0);
    for (const query of queries) {
      expect(query.kind).toBe(CLIENT);
      expect(query.attributes["db.operation.name"]).toMatch(/^[A-Z]+$/);
      expect(descendsFrom(query, server)).toBe(true);
    }
    expect(queries.some((query) => query.attributes["db.operation.name"] === "SELECT")).toBe(true);
  });

  it("puts the server span's trace id in the problem answer and in the request's log line", async () => {
    const response = await detail("no-such-service");
    const problem = await expectProblem(response, 404, "not_found");
    expect(problem.traceId).toMatch(/^[0-9a-f]{32}$/);
    await tracing.flush();
    const server = ofTrace(problem.traceId ?? "").find((span) => span.kind === SERVER);
    expect(server).toMatchObject({
      name: "GET /api/deployments/:workspace/:name",
      attributes: { "http.response.status_code": 404 },
    });
    const line = replica.log.lines.find((l) => l.msg === "request" && l.requestId === problem.requestId);
    expect(line).toMatchObject({ trace_id: problem.traceId, span_id: server?.spanId });
  });

  it("records no query string, token, key or secret in any span", async () => {
    const token = await s.issuer.tokenFor("lead");
    const response = await replica.app.request(`/api/config?code=${CANARY}&access_token=${CANARY}`, {
      headers: { Authorization: `Bearer ${token}`, Cookie: `session=${CANARY}` },
    });
    expect(response.status).toBe(200);
    // A call that reads keys from the workspace: their values must stay out of the spans.
    const keysAnswer = await deployment().keys.$get({
      param: { workspace: "ws-prod-eastus", name: "pricing-aci" },
    });
    expect(keysAnswer.status).toBe(200);
    const direct = await s.fx.directClient();
    const ref = {
      subscriptionId: SEED_SUBSCRIPTION_ID,
      resourceGroup: SEED_RESOURCE_GROUP,
      workspace: "ws-prod-eastus",
    };
    const keys = await direct.client.listKeys(ref, "pricing-aci");
    await tracing.flush();
    expect(
      receiver.spans.some(
        (span) => span.attributes["keyturn.provider.operation"] === "v1 services/{}/listkeys",
      ),
    ).toBe(true);
    const config = receiver.spans.find((span) => span.name === "GET /api/config");
    expect(config?.attributes["url.full"]).toBe("http://localhost/api/config");
    const secrets = [
      CANARY,
      token,
      direct.token,
      "Bearer",
      SERVICE_PRINCIPALS.bff.defaultSecret,
      SERVICE_PRINCIPALS.reader.defaultSecret,
      keys.primaryKey,
      keys.secondaryKey,
    ];
    const text = receiver.exports.map((e) => e.body).join("\n");
    for (const secret of secrets) expect(text).not.toContain(secret);
    for (const span of receiver.spans)
      for (const value of Object.values(span.attributes))
        expect(String(value)).not.toMatch(/\?|eyJ|authorization/i);
  });

  it("measures provider calls by workspace region and operation in /metrics", async () => {
    await detail("credit-risk-dr");
    await detail("no-such-service");
    const text = await replica.deps.metrics.registry.metrics();
    expect(text).toMatch(
      /keyturn_provider_call_duration_seconds_count\{region="eastus",operation="v1 services\/\{\}"\} [1-9]/,
    );
    expect(text).toMatch(
      /keyturn_provider_call_duration_seconds_count\{region="none",operation="arm workspaces"\} [1-9]/,
    );
    expect(text).toMatch(
      /keyturn_provider_call_errors_total\{region="eastus",operation="v1 services\/\{\}",kind="client"\} [1-9]/,
    );
    // Label values come from closed sets: no service, workspace or subscription name is a label.
    const labels = [...text.matchAll(/keyturn_provider_call_\w+\{([^}]*)\}/g)].map((m) => m[1] ?? "");
    for (const label of labels) expect(label).not.toMatch(/ws-prod|credit-risk|no-such|00000000/);
  });
});
