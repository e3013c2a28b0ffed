import { type RotationStep, transitionRotation } from "@keyturn/auth-domain";
import type { AppDeps } from "../../app-env.ts";
import { ApiError } from "../../errors/api-error.ts";
import { auditedChange } from "../audit/public.ts";
import { announceRotation } from "../webhooks/public.ts";
import { rotationScope } from "./rotation-audit.ts";
import type { StoredRotation, StoredStep } from "./rotation-record.ts";
import { saveRotation } from "./rotation-store.ts";

/** A step's record as it starts: running, on behalf of who started the rotation, on this replica. */
export const stepRecord = (
  deps: Pick<AppDeps, "now">,
  rotation: Pick<StoredRotation, "startedBy">,
  step: RotationStep,
  runner: string,
): StoredStep => ({
  step,
  outcome: "running",
  startedAt: deps.now().toISOString(),
  finishedAt: null,
  actor: rotation.startedBy,
  runner,
  reason: null,
  fingerprint: null,
  destinations: [],
});

/** The write found the row changed (a cancel, another replica): nothing is recorded. */
class MovedOn extends Error {}

/**
 * Ends the grace period once its time has come: the transition and its `rotation.step` record commit
 * together, against the version read, so a cancel that came first wins and the old key lives.
 */
export async function endGrace(
  deps: AppDeps,
  rotation: StoredRotation,
  record: StoredStep,
  leaseMs: number,
): Promise<void> {
  const now = deps.now();
  const { machine } = rotation;
  const next = transitionRotation(machine, {
    type: "step-succeeded",
    step: "grace",
    at: Math.floor(now.getTime() / 1000),
  });
  if (!next.ok) throw new ApiError(409, next.error.code, { detail: next.error.message });
  // The grace began when the new key was published.
  const began = new Date(((machine.graceEndsAt ?? 0) - machine.graceSeconds) * 1000).toISOString();
  const done: StoredStep = {
    ...record,
    startedAt: began,
    outcome: "succeeded",
    finishedAt: now.toISOString(),
  };
  const scope = rotationScope(deps, rotation, "rotation.step", { step: "grace" });
  await auditedChange(scope, async (tx) => {
    const saved = await saveRotation(tx, rotation, {
      state: { machine: next.value, actor: rotation.actor },
      steps: [...rotation.steps, done],
      holder: record.runner,
      leaseMs,
    });
    if (!saved) throw new MovedOn();
    await announceRotation(deps, tx, rotation, next.value);
  }).catch((err: unknown) => {
    if (!(err instanceof MovedOn)) throw err;
  });
}
