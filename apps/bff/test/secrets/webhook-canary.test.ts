import { WebhookCreatedSchema, WebhookNewSecretSchema } from "@keyturn/api-contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, webhookAttempts, webhookDeliveries, webhooks } from "../../src/db/schema.ts";
import { webhookSender } from "../../src/features/webhooks/public.ts";
import { DB_KINDS, openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { createTestApp } from "../support/test-app.ts";
import { createTestIssuer, type TestIssuer } from "../support/test-issuer.ts";
import { clientAs } from "../support/typed-client.ts";
import {
  announceCompletedRotation,
  eventually,
  insertPolicy,
  startWebhookReceiver,
  type WebhookReceiver,
} from "../support/webhook-receiver.ts";

// security.md, property 1, for webhook signing secrets: a secret leaves the BFF in the answer that
// creates it or gives a new one, and nowhere else: no other answer or header, no log line (at trace
// level), no stored row (the hook's own is sealed), and not in what a receiver is sent.

describe.each(DB_KINDS)("webhook secret canary on %s", (kind) => {
  let t: TestDatabase;
  let issuer: TestIssuer;
  let app: ReturnType<typeof createTestApp>;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    [t, issuer, receiver] = await Promise.all([
      openTestDatabase(kind),
      createTestIssuer(),
      startWebhookReceiver((n) => (n === 1 ? 503 : 204)),
    ]);
    app = createTestApp({ db: t, issuer, env: { LOG_LEVEL: "trace" } });
  });
  afterAll(async () => {
    await receiver?.close();
    await t?.close();
  });

  it("shows a signing secret only in the answer that makes it", async () => {
    const answers: { label: string; text: string }[] = [];
    /** Keeps an answer's body and headers for the search below; the body. */
    const keep = async (label: string, response: Response) => {
      const body = await response.text();
      answers.push({ label, text: body + JSON.stringify(Object.fromEntries(response.headers)) });
      return JSON.parse(body) as unknown;
    };
    const hooks = () => clientAs(app.app, issuer, "admin").api.webhooks;
    const policyId = await insertPolicy(t.database.db);
    const created = WebhookCreatedSchema.parse(
      await keep(
        "create",
        await hooks().$post({ json: { url: receiver.url, policyId, events: ["rotation.completed"] } }),
      ),
    );
    const param = { id: created.webhook.id };
    const renewed = WebhookNewSecretSchema.parse(
      await keep(
        "new secret",
        await hooks()[":id"].secret.$post({ param, header: { "if-match": created.webhook.etag } }),
      ),
    );
    receiver.useSecret(renewed.secret);

    // A delivery, failed once and retried, signed with the new secret.
    await announceCompletedRotation(app.deps, policyId);
    const sender = webhookSender(app.deps, { schedule: { baseMs: 0, maxMs: 0 } });
    await eventually(
      async () => {
        await sender.runOnce();
        return receiver.received;
      },
      (received) => received.some((r) => r.status === 204),
    );
    expect(receiver.received.map((r) => [r.signatureValid, r.status])).toEqual([
      [true, 503],
      [true, 204],
    ]);
    await keep("list", await hooks().$get({ query: {} }));
    await keep("one", await hooks()[":id"].$get({ param }));
    await keep("deliveries", await hooks()[":id"].deliveries.$get({ param }));
    const stale = await hooks()[":id"].secret.$post({ param, header: { "if-match": created.webhook.etag } });
    expect(stale.status).toBe(412);
    await keep("stale new secret", stale);

    const secrets = [created.secret, renewed.secret];
    const leaks = (text: string) => secrets.filter((secret) => text.includes(secret));
    // The canary sees a secret where one is: each in its own answer.
    expect(leaks(answers[0]?.text ?? "")).toEqual([created.secret]);
    expect(leaks(answers[1]?.text ?? "")).toEqual([renewed.secret]);
    for (const answer of answers.slice(2)) expect(leaks(answer.text), answer.label).toEqual([]);
    for (const request of receiver.received) expect(leaks(request.raw)).toEqual([]);
    expect(app.log.raw.length).toBeGreaterThan(answers.length);
    for (const line of app.log.raw) expect(leaks(line), line).toEqual([]);
    const { db } = t.database;
    const stored = JSON.stringify([
      await db.select().from(webhooks),
      await db.select().from(webhookDeliveries),
      await db.select().from(webhookAttempts),
      await db.select().from(auditEvents),
    ]);
    expect(leaks(stored)).toEqual([]);
  });
});
