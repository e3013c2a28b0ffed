import { SERVICE_PRINCIPALS } from "@keyturn/dev-idp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connections } from "../../src/db/schema.ts";
import { endpointParam, endpointRoutes } from "../../src/features/endpoints/endpoint-test-support.ts";
import { publishTo } from "../../src/features/rotations/rotation-steps.ts";
import { startTracing, type Tracing } from "../../src/telemetry/tracing.ts";
import { type OtlpReceiver, type ReceivedSpan, startOtlpReceiver } from "../support/otlp-receiver.ts";
import { deploymentParam, secretsHarnessFixture } from "../support/secrets-harness.ts";
import { testConfig } from "../support/test-app.ts";

// The console's calls to scoring URIs and its Key Vault writes, traced like its workspace calls:
// a client span each (method, host, region, status), and nothing of a key, a token or a URL's path.

const CLIENT = 3;
const PUBLISHED = "published-key-value-5c2e9a7f0b1d";

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

const named = (name: string) => receiver.spans.filter((span) => span.name === name);
const parentOf = (span: ReceivedSpan | undefined) =>
  receiver.spans.find((other) => other.spanId === span?.parentSpanId);

describe("scoring and Key Vault spans", () => {
  const h = secretsHarnessFixture("pglite");

  it("traces a v1 test call and a v2 one as client spans under the request, without the key", async () => {
    const v1 = await h.deployment("operator")["test-call"].$post({
      ...deploymentParam("ws-prod-eastus", "churn-predictor"),
      json: { credential: "primary" },
    });
    expect(v1.status).toBe(200);
    const v2 = await endpointRoutes(h, "operator")["test-call"].$post({
      ...endpointParam("ws-prod-eastus", "churn-online"),
      json: { credential: "primary", deployment: "green" },
    });
    expect(v2.status).toBe(200);
    await tracing.flush();
    const [service] = named("POST service score");
    const [endpoint] = named("POST endpoint score");
    for (const span of [service, endpoint]) {
      expect(span).toMatchObject({
        kind: CLIENT,
        attributes: {
          "http.request.method": "POST",
          "http.response.status_code": 200,
          "server.address": "127.0.0.1",
          "cloud.region": "eastus",
        },
      });
      expect(parentOf(span)?.name).toMatch(/^POST \/api\/.*test-call$/);
    }
    const keys = await h.keysOf("ws-prod-eastus", "churn-predictor");
    const text = receiver.exports.map((e) => e.body).join("\n");
    expect(text).not.toContain(keys.primaryKey);
    expect(service?.attributes["url.full"]).toBeUndefined();
  });

  it("traces a Key Vault write: PUT, the vault's host, the workspace's region, never the secret", async () => {
    const origin = h.fx.emulator.httpsUrl() ?? "";
    const [connection] = await h.db.database.db.select({ id: connections.id }).from(connections);
    const owner = {
      workspace: "ws-prod-eastus",
      deployment: "churn-predictor",
      connectionId: connection?.id ?? "",
    };
    const vaults = [
      { vaultUrl: `${origin}/kv-prod-eastus`, secretName: "traced-secret-name" },
      { vaultUrl: `${origin}/no-such-vault`, secretName: "traced-secret-name" },
    ];
    const written = await publishTo(h.deps, owner, PUBLISHED, "Primary", vaults, false);
    expect(written.map((w) => w.error)).toEqual([null, "vault_not_found"]);
    await tracing.flush();
    const writes = named("PUT vault secrets/{}");
    expect(writes.map((span) => span.attributes["http.response.status_code"])).toEqual([200, 404]);
    for (const span of writes) {
      expect(span).toMatchObject({
        kind: CLIENT,
        attributes: {
          "http.request.method": "PUT",
          "server.address": new URL(origin).hostname,
          "cloud.region": "eastus",
        },
      });
    }
    expect(writes[1]?.attributes["error.type"]).toBe("404");
    const text = receiver.exports.map((e) => e.body).join("\n");
    for (const secret of [
      PUBLISHED,
      "traced-secret-name",
      "kv-prod-eastus",
      SERVICE_PRINCIPALS.bff.defaultSecret,
    ])
      expect(text).not.toContain(secret);
  });
});
