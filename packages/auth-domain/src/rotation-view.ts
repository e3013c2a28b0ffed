import type { KeyType } from "./keys.ts";
import { canCancelRotation, type RotationState, type RotationStep, rotationSteps } from "./rotation.ts";

/**
 * The steps that cannot be undone: regenerating a slot destroys the value it held, for good. Once the
 * standby is regenerated its previous value is gone (anyone still sending it is refused); once the old
 * slot is regenerated the old key is gone, and callers that did not pick up the new key are refused.
 */
export const IRREVERSIBLE_ROTATION_STEPS: readonly RotationStep[] = ["regenerate-standby", "retire-old"];

/** What a rotation means for callers at this moment, for the wizard and the status. */
export interface RotationView {
  /** The slot whose key callers should send now: the old one until the new key is published. */
  activeSlot: KeyType;
  /** False only once the old key has been regenerated. */
  oldKeyAlive: boolean;
  /** True once the standby slot holds the new key. */
  newKeyIssued: boolean;
  canCancel: boolean;
  /** The step the rotation is at or will take next; null once it is over. */
  nextStep: RotationStep | null;
  /** Steps done that cannot be undone, in order. */
  irreversibleDone: RotationStep[];
}

export function rotationView(state: RotationState): RotationView {
  const done = new Set(state.done);
  const steps = rotationSteps(state);
  const current = steps.find((s) => s === state.phase);
  const nextStep = state.phase === "pending" ? (steps[0] ?? null) : (current ?? null);
  return {
    activeSlot: done.has("publish") ? state.newSlot : state.oldSlot,
    oldKeyAlive: !done.has("retire-old"),
    newKeyIssued: done.has("regenerate-standby"),
    canCancel: canCancelRotation(state),
    nextStep,
    irreversibleDone: state.done.filter((s) => IRREVERSIBLE_ROTATION_STEPS.includes(s)),
  };
}
