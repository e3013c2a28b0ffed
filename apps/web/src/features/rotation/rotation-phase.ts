import type { Rotation, RotationStepRecord } from "@keyturn/api-contract";
import { type RotationStep, rotationSteps } from "@keyturn/auth-domain";

/** How often a rotation in progress is read again. */
export const POLL_MS = 2_000;

/** The BFF's view names the next step until the rotation is over (completed, failed or cancelled). */
export const rotationInProgress = (rotation: Pick<Rotation, "view">) => rotation.view.nextStep !== null;

/**
 * The steps this rotation goes through, in the domain's order. Whether a person must confirm before
 * the old key dies is known once the rotation reaches that step (the answer does not carry the flag).
 */
export function plannedSteps(rotation: Pick<Rotation, "phase" | "steps">): RotationStep[] {
  const requireConfirmation =
    rotation.phase === "confirm" || rotation.steps.some((record) => record.step === "confirm");
  return rotationSteps({ requireConfirmation });
}

/** The latest record of a step (a resumed step has one record, rewritten by the replica that resumed it). */
export const recordOf = (rotation: Pick<Rotation, "steps">, step: RotationStep) =>
  rotation.steps.findLast((record) => record.step === step);

export type StepStatus = RotationStepRecord["outcome"] | "waiting" | "notRun";

/** A step's status: its record's outcome, else waiting (the rotation may still reach it) or not run. */
export function stepStatus(rotation: Pick<Rotation, "steps" | "view">, step: RotationStep): StepStatus {
  const record = recordOf(rotation, step);
  if (record) return record.outcome;
  return rotationInProgress(rotation) ? "waiting" : "notRun";
}

/** The secret versions a rotation's publish step wrote (or tried to). */
export const publishedTo = (rotation: Pick<Rotation, "steps">) =>
  recordOf(rotation, "publish")?.destinations ?? [];
