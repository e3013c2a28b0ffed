import { z } from "zod";
import { KeyTypeSchema, otherKeyType } from "./keys.ts";
import { fail, ok, type Result } from "./result.ts";

/**
 * Azure's dual-key rotation of one deployment as a state machine. Callers use the old slot; the
 * standby slot is regenerated (a new key), verified against the scoring URI, published where callers
 * read it; after a grace period (and a person's confirmation when the policy asks) the old slot is
 * regenerated so the old key dies. Works alike for v1 key-auth services and v2 Key-mode endpoints.
 */
export const RotationStepSchema = z.enum([
  "regenerate-standby",
  "verify",
  "publish",
  "grace",
  "confirm",
  "retire-old",
]);
export type RotationStep = z.infer<typeof RotationStepSchema>;

export const RotationPhaseSchema = z.enum([
  "pending",
  ...RotationStepSchema.options,
  "completed",
  "failed",
  "cancelled",
]);
export type RotationPhase = z.infer<typeof RotationPhaseSchema>;

export const RotationStateSchema = z.object({
  phase: RotationPhaseSchema,
  /** The slot callers used when the rotation began: its key dies at the end. */
  oldSlot: KeyTypeSchema,
  /** The standby slot: regenerated first, it holds the new key. */
  newSlot: KeyTypeSchema,
  graceSeconds: z.number().int().min(0),
  requireConfirmation: z.boolean(),
  /** Epoch seconds when the grace period ends; set once the new key is published. */
  graceEndsAt: z.number().int().nullable(),
  /** The steps done, in order (a failed or cancelled rotation keeps what it did). */
  done: z.array(RotationStepSchema),
  /** The step that failed, with the provider's reason code (never a secret). */
  failure: z.object({ step: RotationStepSchema, reason: z.string().max(200) }).nullable(),
});
export type RotationState = z.infer<typeof RotationStateSchema>;

export const RotationEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("start"), at: z.number().int() }),
  z.object({ type: z.literal("step-succeeded"), step: RotationStepSchema, at: z.number().int() }),
  z.object({
    type: z.literal("step-failed"),
    step: RotationStepSchema,
    reason: z.string().max(200),
    at: z.number().int(),
  }),
  z.object({ type: z.literal("confirm"), at: z.number().int() }),
  z.object({ type: z.literal("cancel"), at: z.number().int() }),
]);
export type RotationEvent = z.infer<typeof RotationEventSchema>;

/** How a rotation is started: the slot callers use now, the grace period (at most 30 days), confirmation. */
export const RotationOptionsSchema = z.object({
  activeSlot: KeyTypeSchema.default("Primary"),
  graceSeconds: z
    .number()
    .int()
    .min(0)
    .max(30 * 86_400),
  requireConfirmation: z.boolean().default(false),
});
export type RotationOptions = z.input<typeof RotationOptionsSchema>;

export function newRotation(input: RotationOptions): RotationState {
  const options = RotationOptionsSchema.parse(input);
  return {
    phase: "pending",
    oldSlot: options.activeSlot,
    newSlot: otherKeyType(options.activeSlot),
    graceSeconds: options.graceSeconds,
    requireConfirmation: options.requireConfirmation,
    graceEndsAt: null,
    done: [],
    failure: null,
  };
}

/** The steps this rotation goes through, in order (`confirm` only when the policy asks for it). */
export function rotationSteps(state: Pick<RotationState, "requireConfirmation">): RotationStep[] {
  return RotationStepSchema.options.filter((s) => s !== "confirm" || state.requireConfirmation);
}

const TERMINAL: ReadonlySet<RotationPhase> = new Set(["completed", "failed", "cancelled"]);
export const isRotationOver = (state: RotationState) => TERMINAL.has(state.phase);

/** A rotation may be cancelled until the old key starts to die (the retire-old step). */
export function canCancelRotation(state: RotationState): boolean {
  return !isRotationOver(state) && state.phase !== "retire-old";
}

const refuse = (phase: RotationPhase, what: string): Result<RotationState> =>
  fail({ code: "rotation_event_not_allowed", message: `A rotation in step "${phase}" cannot ${what}.` });

function advance(state: RotationState, finished: RotationStep, at: number): RotationState {
  const steps = rotationSteps(state);
  const next = steps[steps.indexOf(finished) + 1];
  const done = [...state.done, finished];
  if (next === undefined) return { ...state, phase: "completed", done };
  const graceEndsAt = finished === "publish" ? at + state.graceSeconds : state.graceEndsAt;
  return { ...state, phase: next, done, graceEndsAt };
}

/**
 * The one transition function: the next state, or why the event is refused. A step's outcome must name
 * the current step (a late report of an earlier one is refused); grace ends only once its time has come;
 * a failed step stops the rotation where it is, so a failed verification leaves the old key alive.
 */
export function transitionRotation(state: RotationState, event: RotationEvent): Result<RotationState> {
  const { phase } = state;
  switch (event.type) {
    case "start":
      if (phase !== "pending") return refuse(phase, "start again");
      return ok({ ...state, phase: "regenerate-standby" });
    case "cancel":
      if (!canCancelRotation(state)) {
        return fail({
          code: "rotation_not_cancellable",
          message: isRotationOver(state)
            ? "The rotation is over: there is nothing to cancel."
            : "The old key is being regenerated: once that starts it cannot be undone, so the rotation can no longer be cancelled.",
        });
      }
      return ok({ ...state, phase: "cancelled" });
    case "confirm":
      if (phase !== "confirm") return refuse(phase, "be confirmed");
      return ok(advance(state, "confirm", event.at));
    case "step-succeeded":
    case "step-failed": {
      if (phase !== event.step || event.step === "confirm")
        return refuse(phase, `report step "${event.step}"`);
      if (event.type === "step-failed") {
        // Waiting cannot fail; a step that is a call to Azure or to a destination can.
        if (event.step === "grace") return refuse(phase, "fail its grace period");
        return ok({ ...state, phase: "failed", failure: { step: event.step, reason: event.reason } });
      }
      if (event.step === "grace" && (state.graceEndsAt === null || event.at < state.graceEndsAt)) {
        return refuse(phase, "end its grace period early");
      }
      return ok(advance(state, event.step, event.at));
    }
  }
}
