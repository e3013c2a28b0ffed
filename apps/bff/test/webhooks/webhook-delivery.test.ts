import {
  WebhookCreatedSchema,
  WebhookDeliveryListSchema,
  WebhookDeliverySchema,
} from "@keyturn/api-contract";
import { newRotation, type RotationPhase, type WebhookEventType } from "@keyturn/auth-domain";
import { asc, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { AppDeps } from "../../src/app-env.ts";
import { webhookAttempts, webhookDeliveries } from "../../src/db/schema.ts";
import { insertRotation } from "../../src/features/rotations/rotation-store.ts";
import { announceRotation, webhookSender } from "../../src/features/webhooks/public.ts";
import { claimAttempt, dueDeliveries } from "../../src/features/webhooks/webhook-outbox.ts";
import type { WebhookSender } from "../../src/features/webhooks/webhook-sender.ts";
import { DB_KINDS, openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { recordsWhere } from "../support/recorded.ts";
import { createTestApp } from "../support/test-app.ts";
import { createTestIssuer, type TestIssuer } from "../support/test-issuer.ts";
import { clientAs } from "../support/typed-client.ts";
import {
  eventually,
  insertPolicy,
  setRotationPolicy,
  startWebhookReceiver,
  type WebhookReceiver,
} from "../support/webhook-receiver.ts";

const actor = { oid: "o", name: "Support", username: "support@keyturn.test", roles: ["KeyRotator"] };
const QUICK = { baseMs: 100, maxMs: 400 };

describe.each(DB_KINDS)("webhook deliveries to a real receiver on %s", (kind) => {
  let t: TestDatabase;
  let issuer: TestIssuer;
  let app: ReturnType<typeof createTestApp>;
  let receiver: WebhookReceiver;
  const senders: WebhookSender[] = [];
  beforeAll(async () => {
    [t, issuer] = await Promise.all([openTestDatabase(kind), createTestIssuer()]);
    app = createTestApp({ db: t, issuer });
  });
  afterEach(async () => {
    await Promise.all(senders.splice(0).map((s) => s.stop()));
    await receiver?.close();
  });
  afterAll(() => t?.close());

  const admin = () => clientAs(app.app, issuer, "admin").api.webhooks;
  const sender = (deps: AppDeps, options: Parameters<typeof webhookSender>[1] = {}) => {
    const started = webhookSender(deps, { intervalMs: 50, schedule: QUICK, ...options });
    senders.push(started);
    return started;
  };

  /** A policy with one hook to the receiver (the Admin's secret handed to the receiver). */
  async function hookedPolicy(
    events: WebhookEventType[] = ["rotation.started", "rotation.completed"],
    workspace?: string,
  ) {
    const policyId = await insertPolicy(t.database.db, crypto.randomUUID(), workspace);
    const response = await admin().$post({ json: { url: receiver.url, policyId, events } });
    const { webhook, secret } = WebhookCreatedSchema.parse(await response.json());
    receiver.useSecret(secret);
    return { policyId, webhook, secret };
  }

  /** A rotation its policy's schedule started, and its transition to `phase` announced. */
  async function rotationOf(policyId: string | null, workspace = "ws-prod-eastus") {
    const id = crypto.randomUUID();
    const rotation = await insertRotation(t.database.db, {
      id,
      workspace,
      deployment: `svc-${id.slice(0, 8)}`,
      state: { machine: newRotation({ graceSeconds: 0 }), actor },
      startedBy: actor.username,
      holder: "test",
      leaseMs: 60_000,
    });
    if (policyId) await setRotationPolicy(t.database.db, id, policyId);
    return rotation;
  }
  const announce = (deps: AppDeps, rotation: Awaited<ReturnType<typeof rotationOf>>, phase: RotationPhase) =>
    deps.database.db.transaction((tx) =>
      announceRotation(deps, tx, rotation, { ...rotation.machine, phase }),
    );
  const deliveries = async (webhookId: string) =>
    WebhookDeliveryListSchema.parse(
      await (await admin()[":id"].deliveries.$get({ param: { id: webhookId } })).json(),
    ).items;

  it("signs each attempt, retries with backoff until the receiver takes it, and logs each attempt", async () => {
    receiver = await startWebhookReceiver((n) => (n <= 2 ? 503 : 204));
    const { policyId, webhook, secret } = await hookedPolicy();
    sender(app.deps).start();
    const rotation = await rotationOf(policyId);
    expect(await announce(app.deps, rotation, "completed")).toBe(1);

    const [delivery] = await eventually(
      () => deliveries(webhook.id),
      (items) => items[0]?.status === "succeeded",
    );
    expect(delivery).toMatchObject({
      status: "succeeded",
      eventType: "rotation.completed",
      nextAttemptAt: null,
    });
    expect(delivery?.subject).toBe(`ws-prod-eastus/${rotation.deployment}`);
    expect(delivery?.attempts.map((a) => [a.attempt, a.outcome, a.responseCode, a.error])).toEqual([
      [1, "failed", 503, "http_503"],
      [2, "failed", 503, "http_503"],
      [3, "succeeded", 204, null],
    ]);
    // The receiver checked every signature, got the CloudEvent as sent each time, never the secret.
    expect(receiver.received.map((r) => r.signatureValid)).toEqual([true, true, true]);
    expect(new Set(receiver.received.map((r) => r.raw)).size).toBe(1);
    const [first] = receiver.received;
    expect(first?.contentType).toBe("application/cloudevents+json; charset=utf-8");
    expect(first?.event).toMatchObject({
      specversion: "1.0",
      id: delivery?.eventId,
      type: "com.keyturn.rotation.completed",
      subject: `ws-prod-eastus/${rotation.deployment}`,
      source: `/api/deployments/ws-prod-eastus/${rotation.deployment}/rotations/${rotation.id}`,
      data: {
        rotationId: rotation.id,
        policyId,
        phase: "completed",
        oldSlot: "Primary",
        newSlot: "Secondary",
      },
    });
    expect(first?.raw).not.toContain(secret);
    expect(app.log.raw.join("\n")).not.toContain(secret);
    expect(JSON.stringify(await deliveries(webhook.id))).not.toContain(secret);
  });

  it("announces only the moments a hook asked for, and each moment once", async () => {
    receiver = await startWebhookReceiver();
    const { policyId, webhook } = await hookedPolicy(["rotation.completed"]);
    const rotation = await rotationOf(policyId);
    expect(await announce(app.deps, rotation, "regenerate-standby")).toBe(0); // started: not asked for
    expect(await announce(app.deps, rotation, "cancelled")).toBe(0); // a cancel announces nothing
    expect(await announce(app.deps, rotation, "completed")).toBe(1);
    expect(await announce(app.deps, rotation, "completed")).toBe(0); // the same moment again
    expect((await deliveries(webhook.id)).map((d) => d.eventType)).toEqual(["rotation.completed"]);
  });

  it("announces a rotation a person started to the policy that governs its deployment", async () => {
    receiver = await startWebhookReceiver();
    const workspace = `ws-hooks-${crypto.randomUUID().slice(0, 8)}`;
    const { webhook } = await hookedPolicy(["rotation.started"], workspace);
    expect(await announce(app.deps, await rotationOf(null, workspace), "regenerate-standby")).toBe(1);
    expect(await announce(app.deps, await rotationOf(null, "ws-no-policy-here"), "regenerate-standby")).toBe(
      0,
    );
    expect((await deliveries(webhook.id)).map((d) => d.subject)).toEqual([
      expect.stringMatching(new RegExp(`^${workspace}/svc-`)),
    ]);
  });

  it("gives up after the last attempt; a redelivery sends the same event again, audited", async () => {
    let up = false;
    receiver = await startWebhookReceiver(() => (up ? 200 : 500));
    const { policyId, webhook } = await hookedPolicy();
    sender(app.deps, { schedule: { baseMs: 10, maxMs: 20 } }).start();
    await announce(app.deps, await rotationOf(policyId), "regenerate-standby");
    const [failed] = await eventually(
      () => deliveries(webhook.id),
      (items) => items[0]?.status === "failed",
    );
    expect(failed?.attempts).toHaveLength(failed?.maxAttempts ?? -1);
    expect(failed?.attempts.every((a) => a.error === "http_500")).toBe(true);

    up = true;
    const param = { id: webhook.id, deliveryId: failed?.id ?? "" };
    const response = await admin()[":id"].deliveries[":deliveryId"].redeliver.$post({ param });
    expect(response.status).toBe(202);
    const again = WebhookDeliverySchema.parse(await response.json());
    expect(again).toMatchObject({ eventId: failed?.eventId, redeliveryOf: failed?.id, status: "pending" });
    const [redelivered, original] = await eventually(
      () => deliveries(webhook.id),
      (items) => items[0]?.status === "succeeded",
    );
    expect(redelivered?.id).toBe(again.id);
    expect(original).toMatchObject({ id: failed?.id, status: "failed" });
    expect(new Set(receiver.received.map((r) => r.event?.id))).toEqual(new Set([failed?.eventId]));
    const [record] = await recordsWhere(t.database, { action: "webhook.redeliver", outcome: "success" });
    expect(record?.details).toMatchObject({ webhookId: webhook.id, redeliveryOf: failed?.id });
  });

  it("never follows a redirect with a signed event", async () => {
    receiver = await startWebhookReceiver(() => 302);
    const { policyId, webhook } = await hookedPolicy();
    await announce(app.deps, await rotationOf(policyId), "regenerate-standby");
    expect(await sender(app.deps, { schedule: { baseMs: 60_000, maxMs: 60_000 } }).runOnce()).toBe(1);
    const [delivery] = await deliveries(webhook.id);
    expect(delivery?.status).toBe("pending");
    expect(delivery?.attempts).toEqual([
      expect.objectContaining({ responseCode: 302, error: "redirect_refused" }),
    ]);
    expect(receiver.received).toHaveLength(1); // the Location was not visited
  });

  it("records an attempt it cannot sign (another master key) instead of sending it unsigned", async () => {
    receiver = await startWebhookReceiver();
    const { policyId, webhook } = await hookedPolicy();
    await announce(app.deps, await rotationOf(policyId), "regenerate-standby");
    const otherKey = { ...app.deps, keys: { ...app.deps.keys, masterKey: Buffer.alloc(32, 9) } };
    expect(await sender(otherKey, { schedule: { baseMs: 60_000, maxMs: 60_000 } }).runOnce()).toBe(1);
    const [delivery] = await deliveries(webhook.id);
    expect(delivery?.attempts).toEqual([
      expect.objectContaining({ responseCode: null, error: "secret_unreadable" }),
    ]);
    expect(receiver.received).toEqual([]);
  });

  it("resumes after a restart: what one app queued and left half-sent, the next one delivers from the database", async () => {
    receiver = await startWebhookReceiver((n) => (n === 1 ? 503 : 204));
    const { policyId, webhook } = await hookedPolicy();
    const before = createTestApp({ db: t, issuer });
    await announce(before.deps, await rotationOf(policyId), "regenerate-standby");
    await announce(before.deps, await rotationOf(policyId), "regenerate-standby");
    // The first delivery gets one failed attempt; the second is taken for an attempt and the app dies
    // before sending it (nothing recorded but the claim).
    const [first, second] = await dueDeliveries(t.database.db, 10);
    if (!first || !second) throw new Error("two deliveries were queued");
    const early = webhookSender(before.deps, {
      schedule: { baseMs: 300, maxMs: 300 },
      batch: 1,
      holder: "before",
    });
    expect(await early.runOnce()).toBe(1);
    expect(await claimAttempt(t.database.db, second, 300)).toBe(1);

    const after = createTestApp({ db: t, issuer });
    sender(after.deps, { holder: "after" }).start();
    const done = await eventually(
      () => deliveries(webhook.id),
      (items) => items.length === 2 && items.every((d) => d.status === "succeeded"),
    );
    expect(done.map((d) => d.status)).toEqual(["succeeded", "succeeded"]);
    const attempts = await t.database.db
      .select()
      .from(webhookAttempts)
      .innerJoin(webhookDeliveries, eq(webhookDeliveries.id, webhookAttempts.deliveryId))
      .where(eq(webhookDeliveries.webhookId, webhook.id))
      .orderBy(asc(webhookAttempts.startedAt));
    const bySender = attempts.map((a) => [a.webhook_attempts.sender, a.webhook_attempts.outcome]);
    expect(bySender).toEqual([
      ["before", "failed"],
      ["after", "succeeded"],
      ["after", "succeeded"],
    ]);
    expect(receiver.received.filter((r) => r.status === 204)).toHaveLength(2);
  });

  it("sends each attempt once when two replicas' senders share the outbox", async () => {
    receiver = await startWebhookReceiver();
    const { policyId, webhook } = await hookedPolicy(["rotation.started"]);
    const replicas = [app.deps, createTestApp({ db: t, issuer }).deps];
    for (let i = 0; i < 12; i++) await announce(app.deps, await rotationOf(policyId), "regenerate-standby");
    for (const [i, deps] of replicas.entries())
      sender(deps, { intervalMs: 20, batch: 3, holder: `replica-${i}` }).start();
    await eventually(
      () => deliveries(webhook.id),
      (items) => items.length === 12 && items.every((d) => d.status === "succeeded"),
    );
    const ids = receiver.received.map((r) => r.event?.id);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
  });
});
