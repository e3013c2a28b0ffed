import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bffKeys,
  exportAudit,
  intentsWithoutOneOutcome,
  lostWrites,
  policyBehind,
  verifyAudit,
} from "../support/crash-checks.ts";
import { type Confirmed, type LoadStats, REGEN_TARGET, startLoad } from "../support/crash-load.ts";
import { type CrashSystem, INTENT_DEADLINE_MS, startCrashSystem } from "../support/crash-system.ts";
import { DB_KINDS } from "../support/databases.ts";
import { deploymentPath } from "../support/secrets-harness.ts";

// The BFF killed with SIGKILL at random moments under write load, restarted on the same database each
// time: every write the client saw confirmed is still there, the audit chain verifies, every intent ends
// with exactly one outcome once the reconciler's deadline has passed, and the console's key records
// match the emulator's keys. 3 cycles per database by default; KEYTURN_CRASH_CYCLES=N runs more.

const CYCLES = Number(process.env.KEYTURN_CRASH_CYCLES ?? 3);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(DB_KINDS)("crash cycles on %s", (kind) => {
  let system: CrashSystem;
  beforeAll(async () => {
    system = await startCrashSystem(kind);
  });
  afterAll(() => system?.close());

  it(`keeps every confirmed write through ${CYCLES} kills under load`, async () => {
    const ledger: Confirmed[] = [];
    const totals: LoadStats = { sent: 0, confirmed: 0, refused: 0 };
    const killedAfterMs: number[] = [];
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      const bff = await system.startBff();
      const load = startLoad(bff.url, system.tokens, `crash-${kind}-${cycle}`, ledger);
      // A random moment once writes flow (the first requests of a start wait for keys and tokens).
      for (let waited = 0; load.stats.confirmed === 0 && waited < 60_000; waited += 100) await sleep(100);
      const delay = Math.round(500 + Math.random() * 3_000);
      killedAfterMs.push(delay);
      await sleep(delay);
      await bff.process.kill();
      const stats = await load.stop();
      for (const key of Object.keys(totals) as (keyof LoadStats)[]) totals[key] += stats[key];
    }

    const bff = await system.startBff();
    const { admin, operator } = system.tokens;
    // Intents cut by a kill end when the reconciler runs past their deadline (at start, then each deadline).
    let records = await exportAudit(bff.url, admin, "check-export-0");
    let open = intentsWithoutOneOutcome(records, ["check-export-0"]);
    for (let poll = 1; open.bad.length > 0 && poll * 2_000 < 4 * INTENT_DEADLINE_MS; poll++) {
      await sleep(2_000);
      records = await exportAudit(bff.url, admin, `check-export-${poll}`);
      open = intentsWithoutOneOutcome(records, [`check-export-${poll}`]);
    }
    const lost = lostWrites(ledger, records);
    const policy = await policyBehind(bff.url, admin, ledger, "check-policy");
    const verify = await verifyAudit(bff.url, admin, "check-verify");
    const keysPath = `${deploymentPath(REGEN_TARGET.workspace, REGEN_TARGET.name)}/keys`;
    const keys = await bffKeys(bff.url, operator, keysPath, "check-keys");
    const emulator = await system.emulatorFingerprints(REGEN_TARGET.workspace, REGEN_TARGET.name);

    console.log(
      `crash cycles on ${kind}: ${CYCLES} run (killed ${killedAfterMs.join(", ")} ms after the first confirmed write); ` +
        `writes sent ${totals.sent}, confirmed ${totals.confirmed}, refused ${totals.refused}, ` +
        `cut by a kill ${totals.sent - totals.confirmed - totals.refused}; confirmed writes lost: ` +
        `${lost.length}; policy v${policy.policy.version} (last confirmed v${policy.last.version}); ` +
        `audit ${verify.intact ? "intact" : "BROKEN"} (${verify.checked} records); intents ${open.intents}, ` +
        `reconciled ${records.filter((r) => r.outcome === "reconciled").length}, ` +
        `without exactly one outcome: ${open.bad.length}`,
    );
    expect(ledger.length, "some writes were confirmed").toBeGreaterThan(0);
    expect(lost, "confirmed writes missing from the audit log").toEqual([]);
    expect(policy.behind, "the policy is behind the last confirmed save").toBe(false);
    expect(verify.intact, JSON.stringify(verify.break)).toBe(true);
    expect(open.bad, "intents without exactly one outcome").toEqual([]);
    expect(keys.Primary?.fingerprint).toBe(emulator.Primary);
    expect(keys.Secondary?.fingerprint).toBe(emulator.Secondary);
    expect(keys.Primary?.changedOutsideConsole, "the console's record of the primary key").toBe(false);
    expect(keys.Secondary?.changedOutsideConsole, "the console's record of the secondary key").toBe(false);
    expect(await bff.process.stop(), "a graceful stop after the checks").toBe(0);
  });
});
