import {
  WebhookCreatedSchema,
  WebhookDeliveryListSchema,
  WebhookNewSecretSchema,
  WebhookSchema,
} from "@keyturn/api-contract";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { webhooks } from "../../src/db/schema.ts";
import { webhookSender } from "../../src/features/webhooks/public.ts";
import { openWebhookSecret } from "../../src/features/webhooks/webhook-secret.ts";
import { DB_KINDS, openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { expectProblem } from "../support/problem.ts";
import { recordsWhere } from "../support/recorded.ts";
import { createTestApp, TEST_MASTER_KEY } from "../support/test-app.ts";
import { createTestIssuer, type PersonaName, type TestIssuer } from "../support/test-issuer.ts";
import { clientAs } from "../support/typed-client.ts";
import {
  announceCompletedRotation,
  eventually,
  insertPolicy,
  startWebhookReceiver,
  type WebhookReceiver,
} from "../support/webhook-receiver.ts";

describe.each(DB_KINDS)("a webhook's new signing secret on %s", (kind) => {
  let t: TestDatabase;
  let issuer: TestIssuer;
  let app: ReturnType<typeof createTestApp>;
  let receiver: WebhookReceiver | undefined;
  beforeAll(async () => {
    [t, issuer] = await Promise.all([openTestDatabase(kind), createTestIssuer()]);
    app = createTestApp({ db: t, issuer });
  });
  afterEach(async () => {
    await receiver?.close();
    receiver = undefined;
  });
  afterAll(() => t?.close());

  const hooks = (who: PersonaName = "admin", claims: Record<string, unknown> = {}) =>
    clientAs(app.app, issuer, who, claims).api.webhooks;

  async function created(url = "https://hooks.example.com/keyturn") {
    const policyId = await insertPolicy(t.database.db);
    const response = await hooks().$post({ json: { url, policyId, events: ["rotation.completed"] } });
    expect(response.status).toBe(201);
    return { policyId, ...WebhookCreatedSchema.parse(await response.json()) };
  }
  const replace = (id: string, ifMatch: string | undefined, who: PersonaName = "admin", claims = {}) =>
    hooks(who, claims)[":id"].secret.$post({
      param: { id },
      header: ifMatch === undefined ? {} : { "if-match": ifMatch },
    });

  it("answers a new secret once, against the version read, and audits the change without a value", async () => {
    const { webhook, secret: old } = await created();
    const response = await replace(webhook.id, webhook.etag);
    expect(response.status).toBe(200);
    const { webhook: changed, secret } = WebhookNewSecretSchema.parse(await response.json());
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(secret).not.toBe(old);
    expect(response.headers.get("etag")).toBe(changed.etag);
    expect(changed).toMatchObject({ id: webhook.id, url: webhook.url, events: webhook.events, version: 2 });
    expect(changed.secretFingerprint).not.toBe(webhook.secretFingerprint);
    const [row] = await t.database.db.select().from(webhooks).where(eq(webhooks.id, webhook.id));
    if (!row) throw new Error("the hook was not stored");
    expect(openWebhookSecret(TEST_MASTER_KEY, row)).toBe(secret);
    // Read again, the secret is nowhere: the hook, the list, the audit record, the log.
    const one = await (await hooks()[":id"].$get({ param: { id: webhook.id } })).text();
    expect(WebhookSchema.parse(JSON.parse(one)).secretFingerprint).toBe(changed.secretFingerprint);
    expect(one).not.toContain(secret);
    expect(await (await hooks().$get({ query: {} })).text()).not.toContain(secret);
    const [record] = (await recordsWhere(t.database, { action: "webhook.change", outcome: "success" })).slice(
      -1,
    );
    expect(record?.details).toMatchObject({
      change: "secret",
      webhookId: webhook.id,
      previousFingerprint: webhook.secretFingerprint,
      fingerprint: changed.secretFingerprint,
    });
    const recorded = JSON.stringify(record);
    for (const value of [secret, old]) {
      expect(recorded).not.toContain(value);
      expect(app.log.raw.join("\n")).not.toContain(value);
    }
    // The old version's ETag no longer matches: a second replacement must read the hook again.
    await expectProblem(await replace(webhook.id, webhook.etag), 412, "precondition_failed");
  });

  it("needs If-Match, a hook that exists, the Admin and a recent sign-in", async () => {
    const { webhook } = await created();
    await expectProblem(await replace(webhook.id, undefined), 428, "precondition_required");
    await expectProblem(await replace(webhook.id, '"webhook-stale"'), 412, "precondition_failed");
    await expectProblem(await replace(crypto.randomUUID(), webhook.etag), 404, "not_found");
    for (const who of ["operator", "support", "lead", "norole"] as const) {
      await expectProblem(await replace(webhook.id, webhook.etag, who), 403, "forbidden");
    }
    const stale = { auth_time: Math.floor(Date.now() / 1000) - 3_600 };
    await expectProblem(
      await replace(webhook.id, webhook.etag, "admin", stale),
      401,
      "insufficient_user_authentication",
    );
    // Nothing above changed the hook.
    const [row] = await t.database.db.select().from(webhooks).where(eq(webhooks.id, webhook.id));
    expect(row?.secretFingerprint).toBe(webhook.secretFingerprint);
    expect(row?.version).toBe(1);
  });

  it("signs the next delivery with the new secret: a receiver still checking the old one refuses it", async () => {
    receiver = await startWebhookReceiver();
    const { policyId, webhook, secret: old } = await created(receiver.url);
    receiver.useSecret(old);
    const response = await replace(webhook.id, webhook.etag);
    const { secret } = WebhookNewSecretSchema.parse(await response.json());

    await announceCompletedRotation(app.deps, policyId);
    const sender = webhookSender(app.deps, { schedule: { baseMs: 50, maxMs: 50 } });

    // Still on the old secret, the receiver finds the signature wrong and answers 401.
    expect(await sender.runOnce()).toBe(1);
    expect(receiver.received.map((r) => [r.signatureValid, r.status])).toEqual([[false, 401]]);
    // Switched to the new one, the retry verifies.
    receiver.useSecret(secret);
    const items = await eventually(
      async () => {
        await sender.runOnce();
        return WebhookDeliveryListSchema.parse(
          await (await hooks()[":id"].deliveries.$get({ param: { id: webhook.id } })).json(),
        ).items;
      },
      (list) => list[0]?.status === "succeeded",
    );
    expect(items[0]?.attempts.map((a) => [a.outcome, a.error])).toEqual([
      ["failed", "http_401"],
      ["succeeded", null],
    ]);
    expect(receiver.received.map((r) => r.signatureValid)).toEqual([false, true]);
  });
});
