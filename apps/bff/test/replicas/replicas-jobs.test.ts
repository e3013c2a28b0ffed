import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../src/db/client.ts";
import { logLines, type Replica, type ReplicaSet, START_TIMEOUT_MS, startReplicaSet } from "./replica-set.ts";

// The scheduled jobs run once per period across three replicas, and go on when the replica that ran
// the last one is killed (SIGKILL: no shutdown, no release).

const SYNC_SECONDS = 4;
let set: ReplicaSet;

beforeAll(async () => {
  set = await startReplicaSet(3, {
    KEYTURN_INVENTORY_SYNC_SECONDS: String(SYNC_SECONDS),
    KEYTURN_AUDIT_CHECKPOINT_MINUTES: "1",
    LOG_LEVEL: "debug",
  });
  // An audit record (a sign-in seen), so the first scheduled checkpoint has a head to sign.
  const [first] = set.replicas;
  expect((await first?.as("lead").api.audit.events.$get({ query: {} }))?.status).toBe(200);
}, START_TIMEOUT_MS);
afterAll(async () => {
  await set?.close();
});

/** A log line's time: epoch milliseconds, or an ISO string (the production format). */
const timeOf = (time: unknown) => (typeof time === "number" ? time : Date.parse(String(time)));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Each scheduled sync that ran (an on-demand one names its reason), by replica, in time order. */
const syncRuns = () =>
  set.replicas
    .flatMap((r) =>
      logLines(r, "inventory: synced")
        .filter((line) => line.reason === undefined)
        .map((line) => ({ replica: r, time: timeOf(line.time) })),
    )
    .sort((x, y) => x.time - y.time);

/** Each checkpoint a replica's scheduled job created, by replica. */
const checkpointsMade = () =>
  set.replicas.flatMap((r) =>
    logLines(r, "job ran")
      .filter((line) => line.job === "audit-checkpoint" && (line.result as { created?: number })?.created)
      .map(() => r),
  );

const checkpointRows = () =>
  queryRows<{ signed_at: Date }>(
    set.db.database.db,
    sql`select signed_at from audit_checkpoints order by id`,
  );

async function until<T>(what: string, timeoutMs: number, get: () => T | Promise<T>, done: (v: T) => boolean) {
  const started = Date.now();
  for (;;) {
    const value = await get();
    if (done(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(200);
  }
}

describe("scheduled jobs across three replicas", () => {
  it("provider health: one replica probes the regions at start, and every replica's /metrics reads the same", async () => {
    const probed = () =>
      set.replicas.flatMap((r) =>
        logLines(r, "job ran").filter(
          (line) => line.job === "provider-health" && (line.result as { regions?: number })?.regions,
        ),
      );
    const skipped = () =>
      set.replicas.flatMap((r) =>
        logLines(r, "job ran").filter(
          (line) => line.job === "provider-health" && (line.result as { skipped?: boolean })?.skipped,
        ),
      );
    await until(
      "a probe and two skips",
      30_000,
      () => [probed(), skipped()],
      ([p, k]) => p?.length === 1 && k?.length === 2,
    );
    const regionLines = async (r: Replica) =>
      (await (await fetch(`${r.url}/metrics`)).text())
        .split("\n")
        .filter((line) => line.startsWith("keyturn_provider_region_up{"));
    const seen = await Promise.all(set.replicas.map(regionLines));
    expect(seen[0]).toEqual([
      'keyturn_provider_region_up{region="eastus"} 1',
      'keyturn_provider_region_up{region="japaneast"} 1',
      'keyturn_provider_region_up{region="southcentralus"} 1',
      'keyturn_provider_region_up{region="westeurope"} 1',
    ]);
    for (const lines of seen) expect(lines).toEqual(seen[0]);
  });

  it("the inventory sync runs once per period, and another replica takes over when its runner is killed", async () => {
    // Every claim of the lease over three periods, seen in the row (a log line comes at a run's end).
    const starts = new Set<number>();
    const watchUntil = Date.now() + 3 * SYNC_SECONDS * 1000;
    while (Date.now() < watchUntil) {
      const [row] = await queryRows<{ started_at: Date }>(
        set.db.database.db,
        sql`select started_at from job_leases where job = 'inventory-sync'`,
      );
      if (row) starts.add(new Date(row.started_at).getTime());
      await sleep(100);
    }
    // Three replicas each tick every period; the lease lets one start in half a period at most.
    const times = [...starts].sort((x, y) => x - y);
    expect(times.length).toBeGreaterThanOrEqual(2);
    expect(times.length).toBeLessThanOrEqual(7);
    const gaps = times.slice(1).map((time, i) => time - (times[i] ?? 0));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual((SYNC_SECONDS * 1000) / 2);
    const runs = syncRuns();
    const last = runs[runs.length - 1];
    if (!last) throw new Error("no run");
    // Killed between runs (its lease released), as a crash usually finds it.
    await until("the last run released its lease", 10_000, leaseFree, Boolean);
    last.replica.process.child.kill("SIGKILL");
    await last.replica.process.exited;
    const after = await until("a sync after the kill", 4 * SYNC_SECONDS * 1000, syncRuns, (r) =>
      r.some((run) => run.time > last.time),
    );
    const next = after.find((run) => run.time > last.time);
    if (!next) throw new Error("no run after the kill");
    expect(next.replica).not.toBe(last.replica);
    expect(next.replica.alive()).toBe(true);
  }, 120_000);

  it("one audit checkpoint per period, made by a survivor after its maker is killed", async () => {
    // Each replica ticks a minute after it started; one signs, the others find it recent.
    await until("the first checkpoint", 90_000, checkpointRows, (rows) => rows.length >= 1);
    await sleep(5_000);
    expect(await checkpointRows()).toHaveLength(1);
    const [maker] = checkpointsMade();
    if (!maker) throw new Error("no replica logged the checkpoint it made");
    if (maker.alive()) {
      maker.process.child.kill("SIGKILL");
      await maker.process.exited;
    }
    const survivors = set.replicas.filter((r) => r.alive());
    expect(survivors.length).toBeGreaterThan(0);
    // The head moves (a sign-in through a survivor), so the next period has something new to sign.
    await (survivors[0] as Replica).as("admin").api.audit.events.$get({ query: {} });
    const rows = await until("the next checkpoint", 90_000, checkpointRows, (r) => r.length >= 2);
    expect(rows).toHaveLength(2);
    const [first, second] = rows.map((row) => new Date(row.signed_at).getTime());
    expect((second ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(54_000);
    expect(checkpointsMade().filter((r) => r !== maker)).toHaveLength(1);
  }, 240_000);
});

async function leaseFree(): Promise<boolean> {
  const [row] = await queryRows<{ free: boolean }>(
    set.db.database.db,
    sql`select lease_until <= now() and finished_at is not null as free from job_leases where job = 'inventory-sync'`,
  );
  return row?.free ?? false;
}
