import { WebhookCreatedSchema } from "@keyturn/api-contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webhookSender } from "../../src/features/webhooks/public.ts";
import { startTracing, type Tracing } from "../../src/telemetry/tracing.ts";
import { openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { type OtlpReceiver, startOtlpReceiver } from "../support/otlp-receiver.ts";
import { createTestApp, testConfig } from "../support/test-app.ts";
import { createTestIssuer, type TestIssuer } from "../support/test-issuer.ts";
import { clientAs } from "../support/typed-client.ts";
import {
  announceCompletedRotation,
  insertPolicy,
  startWebhookReceiver,
  type WebhookReceiver,
} from "../support/webhook-receiver.ts";

// Each attempt of a webhook delivery, traced as a client span like the console's calls to Azure:
// the receiver's host, the status, the attempt and the event — never the secret, the signature, or
// the URL's path and query (a receiver's path may carry its own token).

const CLIENT = 3;

let otlp: OtlpReceiver;
let tracing: Tracing;
let t: TestDatabase;
let issuer: TestIssuer;
let app: ReturnType<typeof createTestApp>;
let receiver: WebhookReceiver;
beforeAll(async () => {
  otlp = await startOtlpReceiver();
  tracing = startTracing(testConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url }).telemetry);
  [t, issuer, receiver] = await Promise.all([
    openTestDatabase("pglite"),
    createTestIssuer(),
    startWebhookReceiver((n) => (n === 1 ? 503 : 204)),
  ]);
  app = createTestApp({ db: t, issuer });
});
afterAll(async () => {
  await tracing?.shutdown();
  await otlp?.close();
  await receiver?.close();
  await t?.close();
});

/** A hook of its own policy at `url`, and one rotation of that policy announced as completed. */
async function deliveryTo(url: string) {
  const policyId = await insertPolicy(t.database.db);
  const response = await clientAs(app.app, issuer, "admin").api.webhooks.$post({
    json: { url, policyId, events: ["rotation.completed"] },
  });
  const { webhook, secret } = WebhookCreatedSchema.parse(await response.json());
  await announceCompletedRotation(app.deps, policyId);
  return { webhook, secret };
}

const attemptsOf = (webhookId: string) =>
  otlp.spans
    .filter((span) => span.name === "POST webhook delivery")
    .filter((span) => span.attributes["keyturn.webhook.id"] === webhookId)
    .sort(
      (a, b) =>
        Number(a.attributes["keyturn.webhook.attempt"]) - Number(b.attributes["keyturn.webhook.attempt"]),
    );

describe("webhook delivery spans", () => {
  it("traces each attempt with its number, status and event; nothing of the secret, signature, path or query", async () => {
    const origin = new URL(receiver.url);
    const url = `${origin.origin}/hooks/path-token-do-not-log?sig=query-token-do-not-log`;
    const { webhook, secret } = await deliveryTo(url);
    receiver.useSecret(secret);
    const sender = webhookSender(app.deps, { schedule: { baseMs: 0, maxMs: 0 } });
    expect(await sender.runOnce()).toBe(1);
    expect(await sender.runOnce()).toBe(1);
    expect(receiver.received.map((r) => [r.signatureValid, r.status])).toEqual([
      [true, 503],
      [true, 204],
    ]);
    await tracing.flush();

    const spans = attemptsOf(webhook.id);
    expect(spans.map((s) => s.attributes["keyturn.webhook.attempt"])).toEqual([1, 2]);
    expect(spans.map((s) => s.attributes["http.response.status_code"])).toEqual([503, 204]);
    expect(spans[0]?.attributes["error.type"]).toBe("503");
    expect(spans[1]?.attributes["error.type"]).toBeUndefined();
    for (const span of spans) {
      expect(span).toMatchObject({
        kind: CLIENT,
        attributes: {
          "http.request.method": "POST",
          "server.address": "127.0.0.1",
          "server.port": Number(origin.port),
          "keyturn.webhook.event_type": "rotation.completed",
        },
      });
      expect(span.attributes["keyturn.webhook.delivery_id"]).toMatch(/^[0-9a-f-]{36}$/);
      expect(span.attributes["url.full"]).toBeUndefined();
      // A receiver is not in an Azure region.
      expect(span.attributes["cloud.region"]).toBeUndefined();
    }
    const exported = otlp.exports.map((e) => e.body).join("\n");
    for (const kept of [secret, "sha256=", "path-token-do-not-log", "query-token-do-not-log"])
      expect(exported).not.toContain(kept);
  });

  it("traces an attempt no receiver answered as unreachable, without a status", async () => {
    const { webhook } = await deliveryTo("http://127.0.0.1:9/hook");
    const sender = webhookSender(app.deps, { schedule: { baseMs: 60_000, maxMs: 60_000 } });
    expect(await sender.runOnce()).toBe(1);
    await tracing.flush();
    const [span] = attemptsOf(webhook.id);
    expect(span?.attributes).toMatchObject({ "keyturn.webhook.attempt": 1, "error.type": "unreachable" });
    expect(span?.attributes["http.response.status_code"]).toBeUndefined();
  });
});
