import { WebhookCreatedSchema } from "@keyturn/api-contract";
import { newRotation, WEBHOOK_EVENT_TYPES } from "@keyturn/auth-domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engineFor } from "../../src/features/rotations/rotation-engine.ts";
import { insertRotation } from "../../src/features/rotations/rotation-store.ts";
import { webhookSender } from "../../src/features/webhooks/public.ts";
import type { WebhookSender } from "../../src/features/webhooks/webhook-sender.ts";
import { secretsHarnessFixture } from "../support/secrets-harness.ts";
import {
  eventually,
  insertPolicy,
  setRotationPolicy,
  startWebhookReceiver,
  type WebhookReceiver,
} from "../support/webhook-receiver.ts";

const actor = { oid: "o", name: "Support", username: "support@keyturn.test", roles: ["KeyRotator"] };

describe("the rotation engine announces each moment of a policy's rotations (PGlite, emulator)", () => {
  const h = secretsHarnessFixture("pglite");
  let receiver: WebhookReceiver;
  let sender: WebhookSender;
  let policyId: string;
  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    policyId = await insertPolicy(h.db.database.db);
    const response = await h.client("admin").api.webhooks.$post({
      json: { url: receiver.url, policyId, events: [...WEBHOOK_EVENT_TYPES] },
    });
    receiver.useSecret(WebhookCreatedSchema.parse(await response.json()).secret);
    sender = webhookSender(h.deps, { intervalMs: 50 });
    sender.start();
  });
  afterAll(async () => {
    await sender?.stop();
    await engineFor(h.deps).stop();
    await receiver?.close();
  });

  /** A rotation the policy's schedule started, driven by the engine until it stops. */
  async function rotate(workspace: string, deployment: string, requireConfirmation = false) {
    const engine = engineFor(h.deps);
    const id = crypto.randomUUID();
    await insertRotation(h.db.database.db, {
      id,
      workspace,
      deployment,
      state: { machine: newRotation({ graceSeconds: 0, requireConfirmation }), actor },
      startedBy: actor.username,
      holder: engine.holder,
      leaseMs: engine.leaseMs,
    });
    await setRotationPolicy(h.db.database.db, id, policyId);
    await engine.drive(id);
    return id;
  }
  const typesOf = (rotationId: string) =>
    receiver.received.filter((r) => r.event?.data.rotationId === rotationId).map((r) => r.event?.type);
  const announced = (rotationId: string, count: number) =>
    eventually(
      async () => typesOf(rotationId),
      (types) => types.length >= count,
    );

  it("started, then completed, for a rotation that runs to its end", async () => {
    const id = await rotate("ws-prod-eastus", "churn-predictor");
    expect(await announced(id, 2)).toEqual([
      "com.keyturn.rotation.started",
      "com.keyturn.rotation.completed",
    ]);
    const completed = receiver.received.find((r) => r.event?.type === "com.keyturn.rotation.completed");
    expect(completed?.event?.data).toMatchObject({
      phase: "completed",
      workspace: "ws-prod-eastus",
      failure: null,
    });
    expect(completed?.signatureValid).toBe(true);
  });

  it("started, then failed with the step and reason, when verification fails", async () => {
    const id = await rotate("ws-prod-eastus", "legacy-ranker"); // its scoring URI answers 503
    expect(await announced(id, 2)).toEqual(["com.keyturn.rotation.started", "com.keyturn.rotation.failed"]);
    const failed = receiver.received.find(
      (r) => r.event?.type === "com.keyturn.rotation.failed" && r.event.data.rotationId === id,
    );
    expect(failed?.event?.data.failure).toEqual({ step: "verify", reason: "scoring_failed" });
  });

  it("started, then needs-confirmation once the grace is over, when the policy asks a person", async () => {
    const id = await rotate("ws-ml-westeurope", "sentiment-aci", true);
    expect(await announced(id, 2)).toEqual([
      "com.keyturn.rotation.started",
      "com.keyturn.rotation.needs-confirmation",
    ]);
  });

  it("carries no key in any event", async () => {
    const keys = await Promise.all([
      h.keysOf("ws-prod-eastus", "churn-predictor"),
      h.keysOf("ws-ml-westeurope", "sentiment-aci"),
    ]);
    const sent = receiver.received.map((r) => r.raw).join("\n");
    for (const k of keys)
      for (const value of [k.primaryKey, k.secondaryKey]) expect(sent).not.toContain(value);
  });
});
