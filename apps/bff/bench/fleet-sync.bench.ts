// pnpm --filter @keyturn/bff bench:fleet — the inventory sync of a large tenant: 500 workspaces of 100
// services each (50,000 deployments) in a real emulator process (region latency on, each listing
// delayed as a far region's would be), a BFF process on PostgreSQL (a database of its own), and
// GET /api/deployments measured while the sync runs. Targets: full sync < 60 s, p95 < 50 ms.
// BENCH_WORKSPACES, BENCH_SERVICES, BENCH_LATENCY_MS, BENCH_SYNC_CONCURRENCY, BENCH_CONNECTIONS, BENCH_RATE
// size it. The list is loaded two ways: BENCH_CONNECTIONS callers that each send the next request as
// soon as the last answers (as many as the server can take), and an open loop at BENCH_RATE requests/s.
import { randomBytes } from "node:crypto";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import pg from "pg";
import { fromPool } from "../src/db/client.ts";
import { migrate } from "../src/db/migrate.ts";
import { type BenchServer, cpuSeconds, sampleRss, spawnReady, startServer } from "./bench-process.ts";

const WORKSPACES = Number(process.env.BENCH_WORKSPACES ?? 500);
const SERVICES = Number(process.env.BENCH_SERVICES ?? 100);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 40);
/** The BFF's default (KEYTURN_INVENTORY_SYNC_CONCURRENCY). */
const CONCURRENCY = Number(process.env.BENCH_SYNC_CONCURRENCY ?? 4);
/** Concurrent callers of GET /api/deployments while the sync runs (each one request at a time). */
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
/** The open loop's requests per second (`loadAtRate`). */
const RATE = Number(process.env.BENCH_RATE ?? 20);
/** Steady syncs measured under the open loop, back to back. */
const RATED_SYNCS = 3;
/** How long the callers run once more with no sync, for the list's own latency at this size. */
const BASELINE_MS = 10_000;
const PG_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** Starts the provider process and waits for its one line: the emulator's URL and the BFF's env. */
async function startProvider(databaseUrl: string) {
  const script = path.resolve(import.meta.dirname, "fleet-provider.ts");
  const sizes = [String(WORKSPACES), String(SERVICES), String(LATENCY_MS)];
  const ready = (line: string) => line.startsWith('{"emulatorUrl"');
  const { child, line, stop } = await spawnReady(script, [databaseUrl, ...sizes], [], ready);
  const info = JSON.parse(line) as { emulatorUrl: string; env: Record<string, string> };
  return { ...info, pid: child.pid as number, stop };
}

const QUERIES = [
  "limit=50",
  "limit=50&sort=updatedAt&order=desc",
  "limit=100&computeType=AKS&authMode=key",
  "limit=50&q=gen-0004",
  "limit=50&region=westeurope",
  "limit=200&sort=workspace",
];

/** Percentiles of sorted times. */
function percentiles(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  return { requests: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted.at(-1) ?? 0 };
}

/** GET /api/deployments from `CONNECTIONS` callers, one request each at a time, until `done` settles. */
async function loadWhile(s: BenchServer, done: Promise<unknown>) {
  let over = false;
  done.finally(() => {
    over = true;
  });
  const byShape: number[][] = QUERIES.map(() => []);
  let failures = 0;
  const caller = async (n: number) => {
    for (let i = n; !over; i += CONNECTIONS) {
      const shape = i % QUERIES.length;
      const started = performance.now();
      const response = await fetch(`${s.url}/api/deployments?${QUERIES[shape]}`, {
        headers: { Authorization: `Bearer ${s.tokens.lead}` },
      });
      await response.arrayBuffer();
      if (response.status === 200) byShape[shape]?.push(performance.now() - started);
      else failures += 1;
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, (_, n) => caller(n)));
  return { ...percentiles(byShape.flat()), failures, shapes: byShape.map((times) => percentiles(times).p95) };
}

/**
 * GET /api/deployments at a fixed `RATE` per second until `done` settles, each request sent on time
 * whether or not the earlier ones have answered (an open loop: a slow answer delays no later request,
 * so the figures are not flattered by callers waiting on the server). Latency counts from when a
 * request was due.
 */
async function loadAtRate(s: BenchServer, done: Promise<unknown>) {
  let over = false;
  done.finally(() => {
    over = true;
  });
  const byShape: number[][] = QUERIES.map(() => []);
  let failures = 0;
  const inFlight: Promise<void>[] = [];
  const started = performance.now();
  for (let i = 0; !over; i += 1) {
    const due = started + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const shape = i % QUERIES.length;
    inFlight.push(
      fetch(`${s.url}/api/deployments?${QUERIES[shape]}`, {
        headers: { Authorization: `Bearer ${s.tokens.lead}` },
      }).then(async (response) => {
        await response.arrayBuffer();
        if (response.status === 200) byShape[shape]?.push(performance.now() - due);
        else failures += 1;
      }),
    );
  }
  await Promise.all(inFlight);
  return { ...percentiles(byShape.flat()), failures, shapes: byShape.map((times) => percentiles(times).p95) };
}

/** The inventory table's row writes so far (PostgreSQL's statistics: inserted, updated, of them HOT, deleted). */
async function tableWrites(db: pg.Client) {
  const { rows } = await db.query<{ ins: string; upd: string; hot: string; del: string }>(
    "select n_tup_ins as ins, n_tup_upd as upd, n_tup_hot_upd as hot, n_tup_del as del from pg_stat_user_tables where relname = 'inventory'",
  );
  const r = rows[0];
  return {
    inserted: Number(r?.ins ?? 0),
    updated: Number(r?.upd ?? 0),
    hot: Number(r?.hot ?? 0),
    deleted: Number(r?.del ?? 0),
  };
}

/** Backends report their statistics when idle, at most this late (PostgreSQL 15: 10 s). */
const STATS_SETTLE_MS = 11_000;

type Load = typeof loadWhile;

/** The emulator's process: the provider's CPU, which real Azure spends on its own machines, not here. */
let providerPid = 0;

/**
 * `syncs` syncs back to back under one load (more requests measured, a steadier p95); the seconds and
 * CPU are per sync, the row writes their total.
 */
async function syncOnce(s: BenchServer, label: string, stats: pg.Client, load: Load = loadWhile, syncs = 1) {
  const writes0 = await tableWrites(stats);
  const pid = s.child.pid as number;
  const rss = sampleRss(pid);
  const cpu0 = cpuSeconds(pid);
  const providerCpu0 = cpuSeconds(providerPid);
  const started = performance.now();
  const syncNow = () =>
    fetch(`${s.url}/api/inventory/sync`, {
      method: "POST",
      headers: { Authorization: `Bearer ${s.tokens.admin}` },
    }).then(async (r) => {
      const report = (await r.json()) as { workspaces: number; deployments: number; failed: string[] };
      if (r.status !== 200) throw new Error(`sync answered ${r.status}: ${JSON.stringify(report)}`);
      return report;
    });
  const sync = (async () => {
    let report = await syncNow();
    for (let n = 1; n < syncs; n += 1) report = await syncNow();
    return { report, seconds: (performance.now() - started) / 1000 / syncs };
  })();
  const [{ report, seconds }, measured] = await Promise.all([sync, load(s, sync)]);
  const cpu = (cpuSeconds(pid) - cpu0) / syncs;
  const providerCpu = (cpuSeconds(providerPid) - providerCpu0) / syncs;
  const peak = rss.stop();
  await new Promise((resolve) => setTimeout(resolve, STATS_SETTLE_MS));
  const writes1 = await tableWrites(stats);
  const writes = {
    inserted: writes1.inserted - writes0.inserted,
    updated: writes1.updated - writes0.updated,
    hot: writes1.hot - writes0.hot,
    deleted: writes1.deleted - writes0.deleted,
  };
  return { label, seconds, report, load: measured, cpuSeconds: cpu, providerCpu, ...peak, writes };
}

async function main() {
  const loadBefore = loadavg();
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  const name = `keyturn_fleet_${randomBytes(4).toString("hex")}`;
  await admin.query(`create database ${name}`);
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  let provider: Awaited<ReturnType<typeof startProvider>> | undefined;
  let server: BenchServer | undefined;
  const stats = new pg.Client({ connectionString: databaseUrl });
  try {
    await stats.connect();
    const database = fromPool(new pg.Pool({ connectionString: databaseUrl, max: 2 }));
    await migrate(database);
    await database.close();
    provider = await startProvider(databaseUrl);
    providerPid = provider.pid;
    server = await startServer(databaseUrl, 1024, {
      ...provider.env,
      KEYTURN_INVENTORY_SYNC_CONCURRENCY: String(CONCURRENCY),
    });
    const runs = [
      await syncOnce(server, "first (empty inventory)", stats),
      await syncOnce(server, "again (steady)", stats),
      await syncOnce(server, `again ×${RATED_SYNCS}, ${RATE} requests/s`, stats, loadAtRate, RATED_SYNCS),
    ];
    // The same loads with no sync running: what the list costs at this size on its own.
    const baseline = () => new Promise((resolve) => setTimeout(resolve, BASELINE_MS));
    const quietRows = [
      { label: `no sync (${BASELINE_MS / 1000} s of requests)`, load: await loadWhile(server, baseline()) },
      { label: `no sync, ${RATE} requests/s`, load: await loadAtRate(server, baseline()) },
    ];
    const f = (n: number) => n.toFixed(1);
    console.log(
      `\n${WORKSPACES} workspaces × ${SERVICES} services (+ the seeded fleet); listing latency ${LATENCY_MS} ms; sync concurrency ${CONCURRENCY}; ${CONNECTIONS} callers of GET /api/deployments; node ${process.version}`,
    );
    const load = (xs: number[]) => xs.map(f).join(" ");
    console.log(
      `load average before: ${load(loadBefore)}; after: ${load(loadavg())} (${cpus().length} CPUs)\n`,
    );
    console.log(
      "| sync | workspaces | deployments | failed | seconds | BFF CPU s | emulator CPU s | BFF peak RSS MB | list requests | p50 ms | p95 ms | p99 ms | max ms |",
    );
    console.log(
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    );
    for (const r of runs) {
      const cells = [
        r.report.workspaces,
        r.report.deployments,
        r.report.failed.length,
        f(r.seconds),
        f(r.cpuSeconds),
        f(r.providerCpu),
        f(r.peakMb),
        r.load.requests,
        f(r.load.p50),
        f(r.load.p95),
        f(r.load.p99),
        f(r.load.max),
      ];
      console.log(`| ${r.label} | ${cells.join(" | ")} |`);
    }
    for (const { label, load: q } of quietRows) {
      console.log(
        `| ${label} | | | | | | | | ${q.requests} | ${f(q.p50)} | ${f(q.p95)} | ${f(q.p99)} | ${f(q.max)} |`,
      );
    }
    console.log(`\n| p95 ms by query | ${QUERIES.map((q) => `\`${q}\``).join(" | ")} |`);
    console.log(`| --- | ${QUERIES.map(() => "---:").join(" | ")} |`);
    for (const r of [
      ...runs.map((run) => ({ label: run.label, shapes: run.load.shapes })),
      ...quietRows.map(({ label, load: q }) => ({ label, shapes: q.shapes })),
    ]) {
      console.log(`| ${r.label} | ${r.shapes.map(f).join(" | ")} |`);
    }
    console.log("\n| sync | rows inserted | rows updated | of them HOT | rows deleted |");
    console.log("| --- | ---: | ---: | ---: | ---: |");
    for (const r of runs) {
      const w = r.writes;
      console.log(`| ${r.label} | ${w.inserted} | ${w.updated} | ${w.hot} | ${w.deleted} |`);
    }
    const slowest = Math.max(...runs.map((r) => r.seconds));

    console.log(`\ntarget full sync < 60 s: ${slowest < 60 ? "met" : "NOT met"} (slowest ${f(slowest)} s)`);
    for (const r of runs) {
      const p95 = r.load.p95;
      console.log(
        `target p95 < 50 ms while it runs, ${r.label}: ${p95 < 50 ? "met" : "NOT met"} (${f(p95)} ms)`,
      );
    }
  } finally {
    await stats.end().catch(() => {});
    await server?.stop();
    await provider?.stop();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
