import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KEY_TYPES, otherKeyType } from "./keys.ts";
import {
  newRotation,
  type RotationEvent,
  type RotationState,
  RotationStateSchema,
  type RotationStep,
  RotationStepSchema,
  transitionRotation,
} from "./rotation.ts";
import { rotationView } from "./rotation-view.ts";

/** The model: where an independent reading of the procedure says the rotation is. */
interface Model {
  clock: number;
  steps: RotationStep[];
  /** -1 before start; the index of the current step in `steps`. */
  at: number;
  over: "completed" | "failed" | "cancelled" | null;
  publishedAt: number | null;
  grace: number;
  retired: boolean;
  regenerated: boolean;
}
interface Real {
  state: RotationState;
}

const phaseOf = (m: Model) => m.over ?? (m.at < 0 ? "pending" : m.steps[m.at]);
const CALLS: readonly RotationStep[] = ["regenerate-standby", "verify", "publish", "retire-old"];

function apply(m: Model, r: Real, event: RotationEvent, expected: boolean) {
  const result = transitionRotation(r.state, event);
  expect(result.ok, `${JSON.stringify(event)} in ${phaseOf(m)}`).toBe(expected);
  if (result.ok) r.state = RotationStateSchema.parse(result.value);
  else expect(["rotation_event_not_allowed", "rotation_not_cancellable"]).toContain(result.error.code);
  return result.ok;
}

function finishStep(m: Model) {
  const step = m.steps[m.at];
  if (step === "publish") m.publishedAt = m.clock;
  if (step === "regenerate-standby") m.regenerated = true;
  if (step === "retire-old") m.retired = true;
  m.at += 1;
  if (m.at === m.steps.length) m.over = "completed";
}

/** After every command: the real state agrees with the model, and callers always hold a working key. */
function invariants(m: Model, r: Real) {
  const view = rotationView(r.state);
  expect(r.state.phase).toBe(phaseOf(m));
  expect(view.activeSlot).toBe(m.publishedAt !== null ? r.state.newSlot : r.state.oldSlot);
  expect(view.oldKeyAlive).toBe(!m.retired);
  expect(view.canCancel).toBe(m.over === null && phaseOf(m) !== "retire-old");
  expect(view.activeSlot === r.state.oldSlot ? view.oldKeyAlive : view.newKeyIssued).toBe(true);
  if (r.state.failure?.step === "verify")
    expect([view.oldKeyAlive, view.activeSlot]).toEqual([true, r.state.oldSlot]);
  expect(view.irreversibleDone).toEqual(
    (["regenerate-standby", "retire-old"] as const).filter((s) =>
      s === "retire-old" ? m.retired : m.regenerated,
    ),
  );
}

type Cmd = fc.Command<Model, Real>;
const command = (name: string, run: (m: Model, r: Real) => void): Cmd => ({
  check: () => true,
  run: (m, r) => {
    run(m, r);
    invariants(m, r);
  },
  toString: () => name,
});

const start = () =>
  command("start", (m, r) => {
    if (apply(m, r, { type: "start", at: m.clock }, phaseOf(m) === "pending")) m.at = 0;
  });
const succeed = (step: RotationStep) =>
  command(`succeed(${step})`, (m, r) => {
    const graceOver = step !== "grace" || (m.publishedAt !== null && m.clock >= m.publishedAt + m.grace);
    const allowed = m.over === null && m.at >= 0 && m.steps[m.at] === step && step !== "confirm" && graceOver;
    if (apply(m, r, { type: "step-succeeded", step, at: m.clock }, allowed)) finishStep(m);
  });
/** The step the rotation is at (or the first), so that runs often get as far as the old key's death. */
const succeedCurrent = () =>
  command("succeed(current)", (m, r) => {
    const current = m.steps[Math.max(0, m.at)] ?? "regenerate-standby";
    if (current === "grace" && m.publishedAt !== null) m.clock = Math.max(m.clock, m.publishedAt + m.grace);
    succeed(current).run(m, r);
  });
const failStep = (step: RotationStep) =>
  command(`fail(${step})`, (m, r) => {
    const allowed = m.over === null && m.at >= 0 && m.steps[m.at] === step && CALLS.includes(step);
    if (apply(m, r, { type: "step-failed", step, reason: "provider_unavailable", at: m.clock }, allowed))
      m.over = "failed";
  });
const confirm = () =>
  command("confirm", (m, r) => {
    if (apply(m, r, { type: "confirm", at: m.clock }, phaseOf(m) === "confirm")) finishStep(m);
  });
const cancel = () =>
  command("cancel", (m, r) => {
    const allowed = m.over === null && phaseOf(m) !== "retire-old";
    if (apply(m, r, { type: "cancel", at: m.clock }, allowed)) m.over = "cancelled";
  });
const tick = (seconds: number) =>
  command(`tick(${seconds})`, (m) => {
    m.clock += seconds;
  });

const step = fc.constantFrom(...RotationStepSchema.options);
/** The current step's success weighs most, so that runs often reach the old key's death and beyond. */
const commands = fc.commands(
  [
    fc.constant(start()),
    fc.constant(succeedCurrent()),
    fc.constant(succeedCurrent()),
    fc.constant(succeedCurrent()),
    step.map(succeed),
    step.map(failStep),
    fc.constant(confirm()),
    fc.constant(cancel()),
    fc.integer({ min: 0, max: 120 }).map(tick),
  ],
  { maxCommands: 40 },
);

describe("key rotation, against a model of the dual-key procedure", () => {
  it("accepts exactly the events the procedure allows, and callers always hold a working key", () => {
    const setup = fc.record({
      activeSlot: fc.constantFrom(...KEY_TYPES),
      graceSeconds: fc.integer({ min: 0, max: 300 }),
      requireConfirmation: fc.boolean(),
    });
    fc.assert(
      fc.property(setup, commands, (options, cmds) => {
        const state = newRotation(options);
        expect(state.newSlot).toBe(otherKeyType(options.activeSlot));
        const steps = RotationStepSchema.options.filter(
          (s) => s !== "confirm" || options.requireConfirmation,
        );
        const model: Model = {
          clock: 1_800_000_000,
          steps,
          at: -1,
          over: null,
          publishedAt: null,
          grace: options.graceSeconds,
          retired: false,
          regenerated: false,
        };
        fc.modelRun(() => ({ model, real: { state } }), cmds);
      }),
      { numRuns: 300 },
    );
  });
});

describe("a whole rotation", () => {
  const run = (state: RotationState, events: RotationEvent[]) =>
    events.reduce((s, e) => {
      const r = transitionRotation(s, e);
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    }, state);
  const ok = (step: RotationStep, at = 0): RotationEvent => ({ type: "step-succeeded", step, at });

  it("moves callers from Primary to Secondary and then retires Primary", () => {
    const s0 = newRotation({ activeSlot: "Primary", graceSeconds: 60, requireConfirmation: false });
    const published = run(s0, [
      { type: "start", at: 0 },
      ok("regenerate-standby"),
      ok("verify"),
      ok("publish", 100),
    ]);
    expect(published).toMatchObject({ phase: "grace", graceEndsAt: 160 });
    expect(rotationView(published)).toMatchObject({
      activeSlot: "Secondary",
      oldKeyAlive: true,
      canCancel: true,
    });
    expect(transitionRotation(published, ok("grace", 159))).toMatchObject({ ok: false });
    const end = run(published, [ok("grace", 160), ok("retire-old", 170)]);
    expect(end.phase).toBe("completed");
    expect(rotationView(end)).toMatchObject({
      activeSlot: "Secondary",
      oldKeyAlive: false,
      canCancel: false,
    });
  });

  it("stops at a failed verification with the old key alive and still the one callers use", () => {
    const s0 = newRotation({ activeSlot: "Secondary", graceSeconds: 0, requireConfirmation: true });
    const started = run(s0, [{ type: "start", at: 0 }, ok("regenerate-standby")]);
    const failed = transitionRotation(started, { type: "step-failed", step: "verify", reason: "401", at: 1 });
    expect(failed).toMatchObject({ ok: true, value: { phase: "failed", failure: { step: "verify" } } });
    if (failed.ok)
      expect(rotationView(failed.value)).toMatchObject({ activeSlot: "Secondary", oldKeyAlive: true });
  });
});
