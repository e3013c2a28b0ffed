import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { newRotation, type RotationStep } from "@keyturn/auth-domain";
import { SAMPLE_SCORING_INPUT } from "@keyturn/azureml-rest";
import { API_AUDIENCE } from "@keyturn/dev-idp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fingerprint } from "../../src/crypto/fingerprint.ts";
import { keyDestinations } from "../../src/db/schema.ts";
import { insertRotation, loadRotation } from "../../src/features/rotations/rotation-store.ts";
import { bffEnv } from "../support/bff-process.ts";
import { openPostgres, type TestDatabase } from "../support/databases.ts";
import { startProviderFixture } from "../support/provider-fixture.ts";
import { score, wsRef } from "../support/secrets-harness.ts";
import { TEST_PEPPER } from "../support/test-app.ts";
import { readerSecretClient, startVaultServer, type VaultServer } from "../support/vault-server.ts";

// A rotation driven by BFF processes that are killed with SIGKILL in the middle of its steps, each
// time on a fresh process: the next replica takes the rotation over once its lease runs out and
// resumes at the last recorded step. At the end the rotation completed, each slot was regenerated
// once, the vault holds the key callers now send, and the old key is refused. 5 kills by default (one
// in each step);
// KEYTURN_CRASH_CYCLES=N runs more.

const CYCLES = Number(process.env.KEYTURN_CRASH_CYCLES ?? 5);
/** The steps each kill aims at, in turn (the first kills land in each step once). */
const TARGETS: RotationStep[] = ["regenerate-standby", "verify", "publish", "grace", "retire-old"];
const LEASE_MS = 1_500;
const RUNNER_MS = 300;
const BFF_DIR = path.resolve(import.meta.dirname, "../..");
const WS = "ws-prod-eastus";
const NAME = "churn-predictor";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function spawnReplica(env: Record<string, string>) {
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", "test/support/rotation-replica.ts", String(LEASE_MS), String(RUNNER_MS)],
    { cwd: BFF_DIR, env, stdio: ["ignore", "pipe", "pipe"] },
  );
  let out = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const ready = (async () => {
    for (let waited = 0; waited < 60_000; waited += 50) {
      if (out.includes("rotation replica listening")) return;
      if (child.exitCode !== null) throw new Error(`the replica exited: ${out.slice(-2000)}`);
      await sleep(50);
    }
    throw new Error("the replica did not start");
  })();
  return {
    ready,
    output: () => out,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
  };
}

describe("a rotation resumed across replicas killed with SIGKILL (PostgreSQL)", () => {
  let fx: Awaited<ReturnType<typeof startProviderFixture>>;
  let db: TestDatabase;
  let vault: VaultServer;
  let dataDir: string;
  beforeAll(async () => {
    fx = await startProviderFixture();
    db = await openPostgres();
    await fx.addConnection(db.database);
    vault = await startVaultServer(fx.idp, fx.dataDir);
    dataDir = await mkdtemp(path.join(tmpdir(), "keyturn-rotation-crash-"));
  });
  afterAll(async () => {
    await Promise.allSettled([vault?.close(), fx?.close(), db?.close()]);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it(`completes after ${CYCLES} kills in the middle of its steps`, {
    // A replica takes 5–15 s to start on a loaded 2-core machine (tsx, migrations), then its lease runs out.
    timeout: 90_000 + CYCLES * 30_000,
  }, async () => {
    const env = bffEnv(dataDir, {
      ...fx.env,
      DATABASE_URL: db.url ?? "",
      KEYTURN_AUTH_ISSUER: fx.idp.issuer,
      KEYTURN_AUTH_AUDIENCE: API_AUDIENCE,
      KEYTURN_OPERATION_WAIT_MS: "5000",
      KEYTURN_OPERATION_POLL_MS: "50",
      LOG_LEVEL: "warn",
    });
    const vaultUrl = `${vault.origin}/kv-prod-eastus`;
    await db.database.db.insert(keyDestinations).values({
      workspace: WS,
      deployment: NAME,
      vaultUrl,
      secretName: NAME,
      createdBy: "admin@keyturn.test",
    });
    const { client: workspace } = await fx.directClient();
    const before = await workspace.listKeys(wsRef(WS), NAME);
    const id = crypto.randomUUID();
    // Started by a replica that died at once: its lease is already over.
    await insertRotation(db.database.db, {
      id,
      workspace: WS,
      deployment: NAME,
      state: {
        machine: newRotation({ activeSlot: "Primary", graceSeconds: 1 }),
        actor: { oid: "support", name: "Support", username: "support@keyturn.test", roles: ["KeyRotator"] },
      },
      startedBy: "support@keyturn.test",
      holder: "a-replica-that-died",
      leaseMs: 0,
    });

    const killedIn: string[] = [];
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const rotation = await loadRotation(db.database.db, id);
      if (!rotation || ["completed", "failed", "cancelled"].includes(rotation.machine.phase)) break;
      const replica = spawnReplica(env);
      await replica.ready;
      // Kill it in the middle of the next step: once that step's intent is recorded (grace: once
      // waiting), a random moment later; or as soon as the rotation has gone past it.
      const target = TARGETS[cycle % TARGETS.length] as RotationStep;
      const order = TARGETS.indexOf(target);
      for (let waited = 0; waited < 20_000; waited += 10) {
        const r = await loadRotation(db.database.db, id);
        const phase = r?.machine.phase ?? "completed";
        const over = ["completed", "failed", "cancelled"].includes(phase);
        const past = over || TARGETS.indexOf(phase as RotationStep) > order;
        const inIt =
          phase === target &&
          (target === "grace" || r?.steps.some((s) => s.step === target && s.outcome === "running"));
        if (past || inIt) break;
        await sleep(10);
      }
      await sleep(Math.round(Math.random() * 150));
      const at = await loadRotation(db.database.db, id);
      const running = at?.steps.findLast((s) => s.outcome === "running");
      killedIn.push(`${at?.machine.phase}${running ? " (step running)" : ""}`);
      await replica.kill();
    }

    const last = spawnReplica(env);
    await last.ready;
    let final = await loadRotation(db.database.db, id);
    for (
      let waited = 0;
      waited < 60_000 && !["completed", "failed"].includes(final?.machine.phase ?? "");
      waited += 100
    ) {
      await sleep(100);
      final = await loadRotation(db.database.db, id);
    }
    await last.kill();
    // The kills did land inside steps, not only between them.
    expect(killedIn.filter((k) => k.endsWith("(step running)")).length, killedIn.join(", ")).toBeGreaterThan(
      0,
    );

    expect(final?.machine.phase, `killed in: ${killedIn.join(", ")}; ${last.output().slice(-1500)}`).toBe(
      "completed",
    );
    expect(final?.steps.map((s) => [s.step, s.outcome])).toEqual([
      ["regenerate-standby", "succeeded"],
      ["verify", "succeeded"],
      ["publish", "succeeded"],
      ["grace", "succeeded"],
      ["retire-old", "succeeded"],
    ]);
    const after = await workspace.listKeys(wsRef(WS), NAME);
    expect(after.secondaryKey).not.toBe(before.secondaryKey);
    expect(after.primaryKey).not.toBe(before.primaryKey);
    const secret = await readerSecretClient(fx.idp, vaultUrl).getSecret(NAME);
    expect(secret.value).toBe(after.secondaryKey);
    const { scoringUri } = await workspace.getService(wsRef(WS), NAME);
    expect((await score(scoringUri as string, before.primaryKey ?? "", SAMPLE_SCORING_INPUT)).status).toBe(
      401,
    );
    expect((await score(scoringUri as string, after.secondaryKey ?? "", SAMPLE_SCORING_INPUT)).status).toBe(
      200,
    );
    // Each slot regenerated once, from the key it held at the start to the one it holds now: the
    // step resumed after a kill saw the new key and left it, and verify and publish name that key.
    const fp = (value: string | null) => fingerprint(TEST_PEPPER, value ?? "");
    const step = (name: RotationStep) => final?.steps.find((s) => s.step === name);
    expect(step("regenerate-standby")).toMatchObject({
      beforeFingerprint: fp(before.secondaryKey),
      fingerprint: fp(after.secondaryKey),
    });
    expect(step("verify")?.fingerprint).toBe(fp(after.secondaryKey));
    expect(step("publish")?.fingerprint).toBe(fp(after.secondaryKey));
    expect(step("retire-old")).toMatchObject({
      beforeFingerprint: fp(before.primaryKey),
      fingerprint: fp(after.primaryKey),
    });
  });
});
