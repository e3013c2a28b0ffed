import { WebhookCreatedSchema, WebhookListSchema, WebhookSchema } from "@keyturn/api-contract";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DB_KINDS, openTestDatabase, type TestDatabase } from "../../../test/support/databases.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { recordsWhere } from "../../../test/support/recorded.ts";
import { createTestApp, TEST_MASTER_KEY } from "../../../test/support/test-app.ts";
import { createTestIssuer, type PersonaName, type TestIssuer } from "../../../test/support/test-issuer.ts";
import { clientAs } from "../../../test/support/typed-client.ts";
import { insertPolicy } from "../../../test/support/webhook-receiver.ts";
import { webhooks } from "../../db/schema.ts";
import { openWebhookSecret } from "./webhook-secret.ts";

const URL_WITH_TOKEN = "https://hooks.example.com/services/T0001/B0001/path-token-do-not-log";

describe.each(DB_KINDS)("webhooks of rotation policies on %s", (kind) => {
  let t: TestDatabase;
  let issuer: TestIssuer;
  let app: ReturnType<typeof createTestApp>;
  let policyId: string;
  beforeAll(async () => {
    [t, issuer] = await Promise.all([openTestDatabase(kind), createTestIssuer()]);
    app = createTestApp({ db: t, issuer });
    policyId = await insertPolicy(t.database.db);
  });
  afterAll(() => t?.close());

  const hooks = (who: PersonaName = "admin", claims: Record<string, unknown> = {}) =>
    clientAs(app.app, issuer, who, claims).api.webhooks;
  const body = (overrides: Record<string, unknown> = {}) => ({
    url: URL_WITH_TOKEN,
    policyId,
    events: ["rotation.completed" as const, "rotation.failed" as const],
    ...overrides,
  });
  async function created() {
    const response = await hooks().$post({ json: body() });
    expect(response.status).toBe(201);
    return { ...WebhookCreatedSchema.parse(await response.json()), etag: response.headers.get("etag") };
  }

  it("shows the secret once, on create, and keeps it sealed with the master key, bound to its row", async () => {
    const { webhook, secret, etag } = await created();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(etag).toBe(webhook.etag);
    expect(webhook).toMatchObject({ policyId, url: URL_WITH_TOKEN, createdBy: "admin@keyturn.test" });
    const [row] = await t.database.db.select().from(webhooks).where(eq(webhooks.id, webhook.id));
    if (!row) throw new Error("the hook was not stored");
    expect(row.encryptedSecret).not.toContain(secret);
    expect(openWebhookSecret(TEST_MASTER_KEY, row)).toBe(secret);
    // Moved to another row, the envelope does not open.
    expect(() => openWebhookSecret(TEST_MASTER_KEY, { ...row, id: crypto.randomUUID() })).toThrow();
    // Read again, nowhere is the secret: the list, the hook, the audit record.
    const listed = await (await hooks().$get({ query: {} })).text();
    const one = await (await hooks()[":id"].$get({ param: { id: webhook.id } })).text();
    expect(listed).not.toContain(secret);
    expect(one).not.toContain(secret);
    expect(WebhookSchema.parse(JSON.parse(one)).secretFingerprint).toBe(webhook.secretFingerprint);
    const [record] = (await recordsWhere(t.database, { action: "webhook.change", outcome: "success" })).slice(
      -1,
    );
    expect(record?.details).toMatchObject({
      change: "create",
      webhookId: webhook.id,
      host: "hooks.example.com",
    });
    const recorded = JSON.stringify(record);
    expect(recorded).not.toContain(secret);
    expect(recorded).not.toContain("path-token-do-not-log");
  });

  it("refuses an address it may not send to, an unknown policy and an event named twice", async () => {
    const http = await expectProblem(
      await hooks().$post({ json: body({ url: "http://hooks.example.com/x" }) }),
      400,
      "validation_failed",
    );
    expect(http.errors).toEqual([expect.objectContaining({ path: "url" })]);
    const unknown = await expectProblem(
      await hooks().$post({ json: body({ policyId: "no-such-policy" }) }),
      400,
      "validation_failed",
    );
    expect(unknown.errors).toEqual([expect.objectContaining({ path: "policyId" })]);
    const twice = body({ events: ["rotation.failed", "rotation.failed"] });
    await expectProblem(await hooks().$post({ json: twice }), 400, "validation_failed");
    // Outside production a receiver on this machine may use plain http.
    expect((await hooks().$post({ json: body({ url: "http://127.0.0.1:9/hook" }) })).status).toBe(201);
  });

  it("is the Admin's alone, and a refused change is recorded as denied", async () => {
    for (const who of ["operator", "support", "lead", "norole"] as const) {
      await expectProblem(await hooks(who).$get({ query: {} }), 403, "forbidden");
    }
    await expectProblem(await hooks("operator").$post({ json: body() }), 403, "forbidden");
    const [denied] = (await recordsWhere(t.database, { action: "webhook.change", outcome: "denied" })).slice(
      -1,
    );
    expect(denied).toBeDefined();
  });

  it("asks for a recent sign-in before it hands out a secret", async () => {
    const stale = { auth_time: Math.floor(Date.now() / 1000) - 3_600 };
    await expectProblem(
      await hooks("admin", stale).$post({ json: body() }),
      401,
      "insufficient_user_authentication",
    );
  });

  it("changes a hook against the version read (If-Match), keeping its secret", async () => {
    const { webhook } = await created();
    const param = { id: webhook.id };
    const change = body({ events: ["rotation.started"], url: "https://hooks.example.com/other" });
    await expectProblem(
      await hooks()[":id"].$put({ param, header: {}, json: change }),
      428,
      "precondition_required",
    );
    await expectProblem(
      await hooks()[":id"].$put({ param, header: { "if-match": '"webhook-stale"' }, json: change }),
      412,
      "precondition_failed",
    );
    const response = await hooks()[":id"].$put({ param, header: { "if-match": webhook.etag }, json: change });
    expect(response.status).toBe(200);
    const updated = WebhookSchema.parse(await response.json());
    expect(updated).toMatchObject({
      events: ["rotation.started"],
      version: 2,
      secretFingerprint: webhook.secretFingerprint,
    });
    expect(updated.etag).not.toBe(webhook.etag);
  });

  it("removes a hook against the version read, and then knows it no more", async () => {
    const { webhook } = await created();
    const param = { id: webhook.id };
    await expectProblem(await hooks()[":id"].$delete({ param, header: {} }), 428, "precondition_required");
    expect((await hooks()[":id"].$delete({ param, header: { "if-match": webhook.etag } })).status).toBe(204);
    await expectProblem(await hooks()[":id"].$get({ param }), 404, "not_found");
    await expectProblem(await hooks()[":id"].deliveries.$get({ param }), 404, "not_found");
    const list = WebhookListSchema.parse(await (await hooks().$get({ query: { policyId } })).json());
    expect(list.items.map((h) => h.id)).not.toContain(webhook.id);
    const [record] = (await recordsWhere(t.database, { action: "webhook.change", outcome: "success" })).slice(
      -1,
    );
    expect(record?.details).toMatchObject({ change: "delete", webhookId: webhook.id });
  });
});
