import { createHash } from "node:crypto";
import type { RotationCloudEvent } from "@keyturn/api-contract";
import {
  cloudEventType,
  type RotationState,
  rotationEventFor,
  type WebhookEventType,
} from "@keyturn/auth-domain";
import { eq } from "drizzle-orm";
import type { AppDeps } from "../../app-env.ts";
import type { Db, Tx } from "../../db/client.ts";
import { webhookDeliveries, webhooks } from "../../db/schema.ts";
import { endpointOfStoredName } from "../rotations/public.ts";
import { rotationPolicyOf } from "./rotation-policy-of.ts";
import { wakeWebhookSender } from "./webhook-sender.ts";

export interface RotationRef {
  id: string;
  workspace: string;
  deployment: string;
  machine: RotationState;
}

/** One id per rotation and moment, so announcing the same moment twice delivers it once. */
function eventId(rotationId: string, type: WebhookEventType): string {
  const hex = createHash("sha256").update(`${rotationId}:${type}`).digest("hex");
  const variant = ((Number.parseInt(hex[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const epochToIso = (seconds: number | null) =>
  seconds === null ? null : new Date(seconds * 1000).toISOString();

export function rotationCloudEvent(
  rotation: Omit<RotationRef, "machine">,
  machine: RotationState,
  type: WebhookEventType,
  policyId: string,
  time: Date,
): RotationCloudEvent {
  // An endpoint's rotation lives under /api/endpoints by the endpoint's own name.
  const endpoint = endpointOfStoredName(rotation.deployment);
  const path = [rotation.workspace, endpoint ?? rotation.deployment].map(encodeURIComponent).join("/");
  return {
    specversion: "1.0",
    id: eventId(rotation.id, type),
    source: `/api/${endpoint === null ? "deployments" : "endpoints"}/${path}/rotations/${rotation.id}`,
    type: cloudEventType(type),
    subject: `${rotation.workspace}/${rotation.deployment}`,
    time: time.toISOString(),
    datacontenttype: "application/json",
    data: {
      rotationId: rotation.id,
      workspace: rotation.workspace,
      deployment: rotation.deployment,
      policyId,
      phase: machine.phase,
      oldSlot: machine.oldSlot,
      newSlot: machine.newSlot,
      graceEndsAt: epochToIso(machine.graceEndsAt),
      failure: machine.failure,
    },
  };
}

/**
 * Announces a rotation's transition to `next` to the webhooks of its policy (`rotationPolicyOf`) that asked for that
 * moment: one outbox row per hook, written in `tx` — the transaction that records the transition —
 * so the event exists exactly when the transition does, and a crash cannot lose it. Returns how
 * many deliveries were queued; the sender is woken once the caller's transaction can have committed.
 */
export async function announceRotation(
  deps: AppDeps,
  tx: Db | Tx,
  rotation: RotationRef,
  next: RotationState,
): Promise<number> {
  const type = rotationEventFor(rotation.machine.phase, next.phase);
  if (type === null) return 0;
  const policyId = await rotationPolicyOf(tx, rotation);
  if (!policyId) return 0;
  const hooks = (await tx.select().from(webhooks).where(eq(webhooks.policyId, policyId))).filter((hook) =>
    hook.events.includes(type),
  );
  if (hooks.length === 0) return 0;
  const event = rotationCloudEvent(rotation, next, type, policyId, deps.now());
  const body = JSON.stringify(event);
  const queued = await tx
    .insert(webhookDeliveries)
    .values(
      hooks.map((hook) => ({
        id: crypto.randomUUID(),
        webhookId: hook.id,
        eventId: event.id,
        eventType: type,
        subject: event.subject,
        body,
        status: "pending",
        nextAttemptAt: new Date(0),
      })),
    )
    .onConflictDoNothing()
    .returning({ id: webhookDeliveries.id });
  if (queued.length > 0) wakeWebhookSender(deps);
  return queued.length;
}
