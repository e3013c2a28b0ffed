import { SAMPLE_SCORING_INPUT, type ServiceKeys } from "@keyturn/azureml-rest";
import fc from "fast-check";
import { describe, expect } from "vitest";
import { type ControlPlane, score, WS_WESTEUROPE } from "./support/clients.ts";
import { it, LONG_RUN } from "./support/fixtures.ts";

// Model-based test (security.md, properties 5, 6): random regenerations and scoring calls against a
// model of which keys are valid. Regenerating one key never changes the other; a regenerated-away
// key is refused at once; the current keys always work.

const SERVICE = "sentiment-aci";

interface Model {
  primary: string;
  secondary: string;
  retired: string[];
}
interface Real {
  cp: ControlPlane;
  scoringUri: string;
}

const slot = (keyType: "Primary" | "Secondary") => (keyType === "Primary" ? "primary" : "secondary");
const field = (keyType: "Primary" | "Secondary"): keyof ServiceKeys =>
  keyType === "Primary" ? "primaryKey" : "secondaryKey";
const other = (keyType: "Primary" | "Secondary") => (keyType === "Primary" ? "Secondary" : "Primary");

class Regenerate implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly keyType: "Primary" | "Secondary",
    readonly supplied: string | null,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const res = await real.cp.regenerate(SERVICE, { keyType: this.keyType, keyValue: this.supplied });
    expect(res.status).toBe(202);
    const keys = await real.cp.keys(SERVICE);
    expect(keys[field(other(this.keyType))]).toBe(model[slot(other(this.keyType))]);
    const fresh = keys[field(this.keyType)];
    if (this.supplied !== null) expect(fresh).toBe(this.supplied);
    else expect(fresh).not.toBe(model[slot(this.keyType)]);
    model.retired.push(model[slot(this.keyType)]);
    model[slot(this.keyType)] = fresh;
  }
  toString = () => `regenerate(${this.keyType}${this.supplied ? `, ${this.supplied}` : ""})`;
}

class ScoreWith implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly which: "primary" | "secondary" | "retired" | "garbage",
    readonly pick: number,
  ) {}
  check = (model: Readonly<Model>) => this.which !== "retired" || model.retired.length > 0;
  async run(model: Model, real: Real) {
    const current = [model.primary, model.secondary];
    const credential =
      this.which === "retired"
        ? (model.retired[this.pick % model.retired.length] ?? "")
        : this.which === "garbage"
          ? `garbage-${this.pick}`
          : model[this.which];
    const res = await score(real.scoringUri, credential, SAMPLE_SCORING_INPUT);
    // A retired value that was supplied again later is current again; the model says which.
    expect(res.status).toBe(current.includes(credential) ? 200 : 401);
  }
  toString = () =>
    `score(${this.which}${this.which === "retired" || this.which === "garbage" ? ` #${this.pick}` : ""})`;
}

const keyType = fc.constantFrom("Primary" as const, "Secondary" as const);
// A few fixed supplied values, so sequences also re-supply a value that was retired before.
const supplied = fc.option(
  fc.constantFrom("supplied-key-aaaaaaaaaaaa", "supplied-key-bbbbbbbbbbbb", "supplied-key-cccccccccccc"),
  { freq: 3 },
);
const commands = fc.commands(
  [
    fc.tuple(keyType, supplied).map(([type, value]) => new Regenerate(type, value)),
    fc
      .tuple(
        fc.constantFrom("primary" as const, "secondary" as const, "retired" as const, "garbage" as const),
        fc.nat(20),
      )
      .map(([which, pick]) => new ScoreWith(which, pick)),
  ],
  { maxCommands: 25 },
);

describe("dual keys (model-based)", LONG_RUN, () => {
  it("regenerating one key never changes the other; only current keys score", async ({ cp: eastUs }) => {
    const cp = eastUs.inWorkspace(WS_WESTEUROPE);
    const real: Real = { cp, scoringUri: (await cp.service(SERVICE)).scoringUri ?? "" };
    await fc.assert(
      fc.asyncProperty(commands, async (cmds) => {
        const setup = async () => {
          const keys = await cp.keys(SERVICE);
          return { model: { primary: keys.primaryKey, secondary: keys.secondaryKey, retired: [] }, real };
        };
        await fc.asyncModelRun(setup, cmds);
      }),
      { numRuns: 30 },
    );
  });
});
