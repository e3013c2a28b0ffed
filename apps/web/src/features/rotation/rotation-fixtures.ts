import type { KeyDestinationList, Rotation, RotationStepRecord } from "@keyturn/api-contract";

// Answers of the rotation routes for the component tests, shaped as the BFF sends them.

export const WS = "ws-prod";
export const NAME = "churn";
export const BASE = `/api/deployments/${WS}/${NAME}`;
/** The same routes on a v2 online endpoint of that name. */
export const ENDPOINT_BASE = `/api/endpoints/${WS}/${NAME}`;
export const ROTATION_ID = "0b9f4d0e-3c1a-4d8e-9a55-0c1d2e3f4a5b";
const T0 = Date.parse("2026-12-07T13:00:00.000Z");
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();

export const destinationList = (
  destinations: KeyDestinationList["destinations"] = [
    {
      vaultUrl: "https://kv-prod.vault.azure.net",
      secretName: "churn",
      lastVersion: "v1abc",
      lastPublishedAt: at(-3600),
    },
  ],
  policy: KeyDestinationList["policy"] = null,
): KeyDestinationList => ({ workspace: WS, deployment: NAME, activeSlot: "Primary", destinations, policy });

/** A governing rotation policy as the destinations name it. */
export const governingPolicy = (
  extra: Partial<NonNullable<KeyDestinationList["policy"]>> = {},
): NonNullable<KeyDestinationList["policy"]> => ({
  id: "5d1c0a2e-7b3f-4c6d-8e9f-0a1b2c3d4e5f",
  name: "Prod team",
  graceSeconds: 3600,
  requireConfirmation: false,
  ...extra,
});

export const stepRecord = (
  step: RotationStepRecord["step"],
  outcome: RotationStepRecord["outcome"],
  extra: Partial<RotationStepRecord> = {},
): RotationStepRecord => ({
  step,
  outcome,
  startedAt: at(1),
  finishedAt: outcome === "running" ? null : at(2),
  actor: "support@keyturn.test",
  runner: "bff-1",
  reason: null,
  fingerprint: null,
  destinations: [],
  ...extra,
});

const published = stepRecord("publish", "succeeded", {
  destinations: [
    { vaultUrl: "https://kv-prod.vault.azure.net", secretName: "churn", version: "v2new", error: null },
  ],
});

/** A rotation at `phase`, with the records and the view the BFF would give it there. */
export function rotationAt(phase: Rotation["phase"], extra: Partial<Rotation> = {}): Rotation {
  const order = ["regenerate-standby", "verify", "publish", "grace", "retire-old"] as const;
  const reached = phase === "completed" ? order.length : Math.max(0, order.indexOf(phase as never));
  const steps = order
    .slice(0, reached)
    .map((s) => (s === "publish" ? published : stepRecord(s, "succeeded")));
  const over = ["completed", "failed", "cancelled"].includes(phase);
  if (!over && phase !== "pending") steps.push(stepRecord(phase as (typeof order)[number], "running"));
  const done = new Set(order.slice(0, reached));
  return {
    id: ROTATION_ID,
    workspace: WS,
    deployment: NAME,
    phase,
    oldSlot: "Primary",
    newSlot: "Secondary",
    graceSeconds: 900,
    graceEndsAt: done.has("publish") ? at(903) : null,
    failure: null,
    startedBy: "support@keyturn.test",
    policyId: null,
    createdAt: at(0),
    updatedAt: at(2),
    steps,
    view: {
      activeSlot: done.has("publish") ? "Secondary" : "Primary",
      oldKeyAlive: !done.has("retire-old"),
      newKeyIssued: done.has("regenerate-standby"),
      canCancel: !over && phase !== "retire-old",
      nextStep: over ? null : phase === "pending" ? "regenerate-standby" : (phase as (typeof order)[number]),
      irreversibleDone: [...done].filter((s) => s === "regenerate-standby" || s === "retire-old"),
    },
    ...extra,
  };
}
