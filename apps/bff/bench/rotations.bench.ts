// pnpm --filter @keyturn/bff exec tsx bench/rotations.bench.ts — N key-auth deployments (default 200,
// across 10 workspaces; BENCH_ROTATIONS, BENCH_WORKSPACES) rotated by the rotation policies' scheduler:
// one policy over them all, due now (their keys are older than its maximum), a 5 s grace
// (BENCH_GRACE_SECONDS), at most BENCH_PER_WORKSPACE (default: the BFF's
// KEYTURN_ROTATIONS_PER_WORKSPACE default, 2) running per workspace. The emulator answers with its
// region latency on. Each deployment has a caller that reads its Key Vault secret before each call and
// scores with it (BENCH_CALLER_PAUSE_MS between calls). Reports the total time, the slowest rotation
// and the callers' failed calls (must be 0), with what each thrown call threw.
import { randomUUID } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { SAMPLE_SCORING_INPUT } from "@keyturn/azureml-rest";
import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import { fromPglite } from "../src/db/client.ts";
import { migrate } from "../src/db/migrate.ts";
import { newPglite } from "../src/db/open-pglite.ts";
import { inventory, keyDestinations, rotationPolicies, rotations } from "../src/db/schema.ts";
import { syncInventory } from "../src/features/inventory/public.ts";
import { v1Keys } from "../src/features/rotations/key-provider.ts";
import { engineFor } from "../src/features/rotations/rotation-engine.ts";
import { scheduleDueRotations } from "../src/features/rotations/rotation-scheduler.ts";
import { publishTo } from "../src/features/rotations/rotation-steps.ts";
import { loadRotation } from "../src/features/rotations/rotation-store.ts";
import { startProviderFixture } from "../test/support/provider-fixture.ts";
import { createTestApp } from "../test/support/test-app.ts";
import { type CallerTally, startVaultCaller } from "../test/support/vault-caller.ts";
import { readerSecretClient, startVaultServer } from "../test/support/vault-server.ts";

const N = Number(process.env.BENCH_ROTATIONS ?? 200);
const WORKSPACES = Number(process.env.BENCH_WORKSPACES ?? 10);
const PER_WORKSPACE = Number(process.env.BENCH_PER_WORKSPACE ?? 2);
const CALLER_PAUSE_MS = Number(process.env.BENCH_CALLER_PAUSE_MS ?? 250);
const GRACE_SECONDS = Number(process.env.BENCH_GRACE_SECONDS ?? 5);
const PREFIX = "rotbench";
const OVER = ["completed", "failed", "cancelled"];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const perWorkspace = Math.ceil(N / WORKSPACES);
  const fx = await startProviderFixture({ regionLatencyScale: 1 });
  const lite = newPglite();
  const database = fromPglite(lite);
  await migrate(database);
  const db = { database, url: null, close: () => lite.close() };
  await fx.addConnection(database);
  let vault: Awaited<ReturnType<typeof startVaultServer>> | undefined;
  const { deps } = createTestApp({ db, env: { ...fx.env, KEYTURN_AUTH_ISSUER: fx.idp.issuer } });
  try {
    // Generated services are of every auth mode: enough of them that each workspace has its share of key-auth ones.
    await fx.admin.fleet({ workspaces: WORKSPACES, servicesPerWorkspace: perWorkspace * 3, prefix: PREFIX });
    // The generated workspaces have no vault of their own: every secret goes to a seeded workspace's vault.
    vault = await startVaultServer(fx.idp, fx.dataDir);
    const origin = vault.origin;
    await syncInventory(deps);
    const { db: orm } = database;
    const rotatable = await orm
      .select({ workspace: inventory.workspace, deployment: inventory.deployment })
      .from(inventory)
      .where(
        and(
          sql`${inventory.workspace} like ${`${PREFIX}-%`}`,
          eq(inventory.generation, "v1"),
          eq(inventory.keyAuth, true),
          eq(inventory.state, "Healthy"),
        ),
      )
      .orderBy(inventory.workspace, inventory.deployment);
    const chosen = new Map<string, string[]>();
    for (const r of rotatable) {
      const list = chosen.get(r.workspace) ?? [];
      if (list.length < perWorkspace) chosen.set(r.workspace, [...list, r.deployment]);
    }
    const targets = [...chosen.entries()].flatMap(([w, ds]) =>
      ds.map((d) => ({ workspace: w, deployment: d })),
    );
    targets.splice(N);
    // The scheduler looks at the inventory: keep the chosen rows only, their keys older than the policy's maximum.
    await orm.delete(inventory).where(
      notInArray(
        sql`${inventory.workspace} || '/' || ${inventory.deployment}`,
        targets.map((t) => `${t.workspace}/${t.deployment}`),
      ),
    );
    await orm.update(inventory).set({ createdAt: sql`now() - interval '400 days'` });

    // Each deployment's key in its workspace's vault (a secret per deployment), published as a PUT would.
    const callers: Array<{ stop: () => Promise<CallerTally> }> = [];
    for (const t of targets) {
      const keys = await v1Keys(deps, t.workspace, t.deployment);
      const dest = { vaultUrl: `${origin}/kv-prod-eastus`, secretName: `${t.workspace}-${t.deployment}` };
      await orm.insert(keyDestinations).values({ ...t, ...dest, createdBy: "bench" });
      const value = await keys.read("Primary");
      const written = await publishTo(deps, keys, value ?? "", "Primary", [dest]);
      if (written[0]?.error) throw new Error(`publish to ${dest.vaultUrl}: ${written[0].error}`);
      callers.push(
        startVaultCaller({
          // A caller as the Azure SDK makes one by default: kept-alive connections, a read retried
          // when the connection was reset under it (a 401 from the model is never retried).
          reader: readerSecretClient(fx.idp, dest.vaultUrl, { keepAlive: true, retries: 3 }),
          secretName: dest.secretName,
          scoringUri: keys.scoringUri,
          body: SAMPLE_SCORING_INPUT,
          beforeCall: async () => {
            await sleep(CALLER_PAUSE_MS);
          },
        }),
      );
    }
    await orm.insert(rotationPolicies).values({
      id: randomUUID(),
      name: "bench: every key, now",
      scopeKind: "all",
      maxKeyAgeDays: 1,
      graceSeconds: GRACE_SECONDS,
      requireConfirmation: false,
      createdBy: "bench",
      updatedBy: "bench",
    });

    // The scheduler's passes, back to back, until every deployment's rotation is over.
    const engine = engineFor(deps);
    const started = performance.now();
    let passes = 0;
    for (;;) {
      await scheduleDueRotations(deps, engine, { perWorkspace: PER_WORKSPACE });
      passes++;
      const rows = await orm.select({ phase: rotations.phase }).from(rotations);
      const over = rows.filter((r) => OVER.includes(r.phase)).length;
      if (over >= targets.length) break;
      await sleep(500);
    }
    const totalMs = performance.now() - started;
    const tallies = await Promise.all(callers.map((c) => c.stop()));
    const all = await orm
      .select({ id: rotations.id })
      .from(rotations)
      .where(inArray(rotations.workspace, [...chosen.keys()]));
    const loaded = await Promise.all(all.map((r) => loadRotation(orm, r.id)));
    const durations = loaded.map((r) => ({
      name: `${r?.workspace}/${r?.deployment}`,
      phase: r?.machine.phase,
      ms: (r?.updatedAt.getTime() ?? 0) - (r?.createdAt.getTime() ?? 0),
    }));
    const slowest = durations.reduce((a, b) => (b.ms > a.ms ? b : a));
    const failedCalls = tallies.flatMap((t) => t.failed);
    const report = {
      deployments: targets.length,
      workspaces: chosen.size,
      perWorkspace: PER_WORKSPACE,
      graceSeconds: GRACE_SECONDS,
      schedulerPasses: passes,
      completed: durations.filter((d) => d.phase === "completed").length,
      notCompleted: durations.filter((d) => d.phase !== "completed").map((d) => `${d.name}: ${d.phase}`),
      totalSeconds: Number((totalMs / 1000).toFixed(1)),
      slowestRotation: { deployment: slowest.name, seconds: Number((slowest.ms / 1000).toFixed(1)) },
      callerCalls: tallies.reduce((n, t) => n + t.ok + t.failed.length, 0),
      failedCallerCalls: failedCalls.length,
      failedStatuses: [...new Set(failedCalls)],
      thrown: [...new Set(tallies.flatMap((t) => t.thrown))],
      machine: { cpus: cpus().length, loadavg: loadavg().map((l) => Number(l.toFixed(2))) },
    };
    console.log(JSON.stringify(report, null, 2));
    await engine.stop();
    if (report.failedCallerCalls > 0 || report.completed !== report.deployments) process.exitCode = 1;
  } finally {
    await Promise.allSettled([vault?.close(), fx.close(), lite.close()]);
  }
}

await main();
