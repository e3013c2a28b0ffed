import type { Rotation } from "@keyturn/api-contract";
import { rotationView } from "@keyturn/auth-domain";
import { publicName } from "./endpoint-key-provider.ts";
import type { StoredRotation } from "./rotation-record.ts";

const isoOf = (epochSeconds: number | null) =>
  epochSeconds === null ? null : new Date(epochSeconds * 1000).toISOString();

/** A rotation as the API answers it: the stored facts, the steps without internals, the domain's view. */
export function toRotation(r: StoredRotation): Rotation {
  const m = r.machine;
  return {
    id: r.id,
    workspace: r.workspace,
    deployment: publicName(r.deployment),
    phase: m.phase,
    oldSlot: m.oldSlot,
    newSlot: m.newSlot,
    graceSeconds: m.graceSeconds,
    graceEndsAt: isoOf(m.graceEndsAt),
    failure: m.failure,
    startedBy: r.startedBy,
    policyId: r.policyId,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    steps: r.steps.map(({ beforeFingerprint: _internal, ...step }) => step),
    view: rotationView(m),
  };
}
