import fc from "fast-check";
import { describe, expect } from "vitest";
import { it, LONG_RUN } from "./support/fixtures.ts";
import { arm, endpointsPath, pollUntil, scoreAt } from "./v2-support.ts";

// Model-based test of a Key endpoint's two keys: random regenerations (generated or chosen keys)
// and scoring calls against a model of which keys are valid. Regenerating one key never changes the
// other; a regenerated-away key is refused at once; both current keys always score.

type KeyType = "Primary" | "Secondary";
interface Model {
  Primary: string;
  Secondary: string;
  retired: string[];
}
interface Real {
  origin: string;
  token: string;
  path: string;
  scoringUri: string;
}

const other = (keyType: KeyType): KeyType => (keyType === "Primary" ? "Secondary" : "Primary");

async function listKeys(real: Real) {
  const answer = await arm(real.origin, real.token, "POST", `${real.path}/listKeys`);
  const keys = answer.body as { primaryKey: string; secondaryKey: string };
  return { Primary: keys.primaryKey, Secondary: keys.secondaryKey };
}

class Regenerate implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly keyType: KeyType,
    readonly chosen: string | null,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const body =
      this.chosen === null ? { keyType: this.keyType } : { keyType: this.keyType, keyValue: this.chosen };
    const answer = await arm(real.origin, real.token, "POST", `${real.path}/regenerateKeys`, { body });
    expect(answer.status).toBe(202);
    const keys = await listKeys(real);
    expect(keys[other(this.keyType)]).toBe(model[other(this.keyType)]);
    if (this.chosen !== null) expect(keys[this.keyType]).toBe(this.chosen);
    else expect(keys[this.keyType]).not.toBe(model[this.keyType]);
    model.retired.push(model[this.keyType]);
    model[this.keyType] = keys[this.keyType];
    // The operation ends before the next change (another change meanwhile is a 409).
    await pollUntil(answer.headers.get("location") ?? "", real.token, (a) => a.status === 200);
  }
  toString = () => `regenerate(${this.keyType}${this.chosen === null ? "" : ", chosen"})`;
}

class Score implements fc.AsyncCommand<Model, Real> {
  constructor(readonly which: KeyType | "retired") {}
  check = (model: Readonly<Model>) => this.which !== "retired" || model.retired.length > 0;
  async run(model: Model, real: Real) {
    const credential = this.which === "retired" ? (model.retired.at(-1) ?? "") : model[this.which];
    const stillCurrent = credential === model.Primary || credential === model.Secondary;
    const answer = await scoreAt(real.scoringUri, credential);
    expect(answer.status).toBe(this.which === "retired" && !stillCurrent ? 401 : 200);
  }
  toString = () => `score(${this.which})`;
}

const keyType = fc.constantFrom<KeyType>("Primary", "Secondary");
const chosenKey = fc.option(
  fc.stringMatching(/^[A-Za-z0-9_-]{16,64}$/).filter((k) => new Set(k).size > 1),
  {
    nil: null,
  },
);
const commands = [
  fc.tuple(keyType, chosenKey).map(([t, k]) => new Regenerate(t, k)),
  fc.constantFrom<KeyType | "retired">("Primary", "Secondary", "retired").map((w) => new Score(w)),
];

describe("a Key endpoint's keys", LONG_RUN, () => {
  it("follow the model through random regenerations and calls", async ({ emu, tokens }) => {
    const real: Real = {
      origin: emu.url,
      token: tokens.contributor,
      path: endpointsPath("ws-ml-westeurope", "route-k8s"),
      scoringUri: `${emu.url}/online/route-k8s.westeurope.inference.ml.azure.com/score`,
    };
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 8 }), async (cmds) => {
        const model: Model = { ...(await listKeys(real)), retired: [] };
        await fc.asyncModelRun(() => ({ model, real }), cmds);
      }),
      { numRuns: 12 },
    );
  });
});
