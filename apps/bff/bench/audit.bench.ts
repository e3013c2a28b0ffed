import { randomBytes } from "node:crypto";
import os from "node:os";
import pg from "pg";
import { fromPool } from "../src/db/client.ts";
import { migrate } from "../src/db/migrate.ts";
import { measureExport, measureQueries, measureVerify, measureWalks } from "./audit-bench-measure.ts";
import { loadChain } from "./audit-seed.ts";
import { startServer } from "./bench-process.ts";

// `pnpm --filter @keyturn/bff bench:audit` — the audit log figures of docs/benchmarks.md, on the
// PostgreSQL at BENCH_DATABASE_URL (default 127.0.0.1:5432) in a database of its own, dropped after.
// AUDIT_BENCH_ROWS (default 1,000,000) sets the size; the first export runs at a tenth of it.

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const ROWS = Number(process.env.AUDIT_BENCH_ROWS ?? 1_000_000);
const SMALL = Math.round(ROWS / 10);
const name = `keyturn_bench_audit_${randomBytes(4).toString("hex")}`;
const dbUrl = Object.assign(new URL(ADMIN_URL), { pathname: `/${name}` }).toString();
const log = (...parts: unknown[]) => process.stderr.write(`${parts.join(" ")}\n`);
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

const admin = new pg.Client({ connectionString: ADMIN_URL });
await admin.connect();
await admin.query(`create database ${name}`);
const results: Record<string, unknown> = {
  rows: ROWS,
  cpus: os.cpus().length,
  loadAverage: os.loadavg().map((l) => round(l)),
};
try {
  const pool = new pg.Pool({ connectionString: dbUrl, max: 2 });
  await migrate(fromPool(pool));
  await pool.end();
  const client = new pg.Client({ connectionString: dbUrl });
  client.on("error", () => {}); // the drop at the end ends it
  await client.connect();
  await client.query("set synchronous_commit = off");

  let started = performance.now();
  let head = await loadChain(client, 1, SMALL);
  await client.query("vacuum analyze audit_events");
  log(`loaded ${SMALL} in ${round((performance.now() - started) / 1000)} s`);
  let server = await startServer(dbUrl);
  results.exportSmall = await measureExport(server, "csv");
  await server.stop();

  // The export appended its own audit record: continue the chain from the real head.
  const { rows } = await client.query<{ seq: string; hash: string }>(
    "select seq, hash from audit_events order by seq desc limit 1",
  );
  started = performance.now();
  head = await loadChain(client, Number(rows[0]?.seq) + 1, ROWS, rows[0]?.hash);
  await client.query("vacuum analyze audit_events");
  results.loadSeconds = round((performance.now() - started) / 1000);
  log(`loaded ${ROWS} in ${results.loadSeconds} s (head ${head.slice(0, 12)}…)`);
  await client.end();

  for (const format of ["csv", "jsonl"] as const) {
    server = await startServer(dbUrl);
    results[`export_${format}`] = await measureExport(server, format);
    await server.stop();
    log(
      `export ${format}: ${JSON.stringify(results[`export_${format}`], (k, v) => (k === "samples" ? undefined : v))}`,
    );
  }
  server = await startServer(dbUrl);
  results.verify = await measureVerify(server);
  log(`verify: ${JSON.stringify(results.verify)}`);
  results.queries = await measureQueries(server, ROWS);
  await server.stop();
  results.walks = await measureWalks(dbUrl);
  log(`walks: ${JSON.stringify(results.walks)}`);
  results.loadAverageAfter = os.loadavg().map((l) => round(l));
  process.stdout.write(
    `${JSON.stringify(results, (k, v) => (k === "samples" ? undefined : typeof v === "number" ? round(v, 2) : v), 2)}\n`,
  );
} catch (err) {
  log("benchmark failed:", err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 1;
} finally {
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
