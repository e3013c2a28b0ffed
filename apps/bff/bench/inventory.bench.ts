// pnpm --filter @keyturn/bff bench:inventory — 10,000 deployments in the inventory (a tenth of them v2
// online endpoints), p50/p95 of filtered, paged GET /api/deployments calls in-process, each row with its
// findings evaluated (target p95 ≤ 50 ms), on PGlite and on PostgreSQL.
// BENCH_ROWS sizes the inventory (e.g. 100000; the workspaces grow with it, 500 rows each), and
// BENCH_DATABASES picks the databases (`pglite,postgres`, the default, or one of them).
import { randomBytes, randomUUID } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { ALL_REGIONS, ENDPOINT_AUTH_MODES } from "@keyturn/auth-domain";
import { sql } from "drizzle-orm";
import pg from "pg";
import { type Database, fromPglite, fromPool } from "../src/db/client.ts";
import { migrate } from "../src/db/migrate.ts";
import { newPglite } from "../src/db/open-pglite.ts";
import { connections, inventory, keyMetadata } from "../src/db/schema.ts";
import { endpointKeyOwner } from "../src/features/endpoints/public.ts";
import { bearer, createTestApp } from "../test/support/test-app.ts";
import { createTestIssuer } from "../test/support/test-issuer.ts";

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
/** Workspaces the rows are spread over: 20 at 10,000 rows, 500 rows each. */
const WORKSPACES = Math.max(20, Math.ceil(ROWS / 500));
const DATABASES = (process.env.BENCH_DATABASES ?? "pglite,postgres").split(",");
/** The share of the inventory that is v2 online endpoints. */
const ENDPOINT_SHARE = 0.1;
const WARMUP = 200;
const MEASURED = Number(process.env.BENCH_REQUESTS ?? 2_000);
const PG_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const STATES = ["Healthy", "Healthy", "Healthy", "Transitioning", "Unhealthy", "Failed"];

const workspaceName = (n: number) => `ws-${String(n).padStart(WORKSPACES > 100 ? 3 : 2, "0")}`;

let seed = 42;
const rand = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

async function fill(database: Database) {
  const { db } = database;
  const connectionId = randomUUID();
  await db.insert(connections).values({
    id: connectionId,
    name: "bench",
    subscriptionId: "sub",
    resourceGroup: "rg",
    baseUrl: "http://127.0.0.1:9",
    credentialKind: "managed_identity",
  });
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const at = new Date(Date.now() - Math.floor(rand() * 400) * 86_400_000);
    const workspace = workspaceName(i % WORKSPACES);
    const name = `${pick(["churn", "fraud", "risk", "vision", "speech", "rank"])}-${String(i).padStart(5, "0")}`;
    const place = {
      connectionId,
      workspace,
      workspaceRegion: ALL_REGIONS[(i % WORKSPACES) % ALL_REGIONS.length] as string,
      clusterRegion: pick(ALL_REGIONS) as string,
      createdAt: at,
      updatedAt: at,
    };
    if (rand() < ENDPOINT_SHARE) {
      const managed = rand() < 0.6;
      const mode = pick(managed ? ENDPOINT_AUTH_MODES : ENDPOINT_AUTH_MODES.filter((m) => m !== "AADToken"));
      return {
        ...place,
        deployment: `ep-${name}`,
        generation: "v2",
        computeType: managed ? "Managed" : "Kubernetes",
        state: pick(["Succeeded", "Succeeded", "Updating", "Failed"]),
        keyAuth: mode === "Key",
        tokenAuth: mode !== "Key",
        endpointAuthMode: mode,
        scoringUri: `https://ep-${i}.eastus.inference.ml.azure.com/score`,
        etag: null,
      };
    }
    const aks = rand() < 0.6;
    const mode = aks ? pick(["key", "token", "none"]) : pick(["key", "none"]);
    return {
      ...place,
      deployment: `svc-${name}`,
      computeType: aks ? "AKS" : "ACI",
      state: pick(STATES),
      keyAuth: mode === "key",
      tokenAuth: mode === "token",
      scoringUri: `http://cluster/api/v1/service/svc-${i}/score`,
      etag: `"${randomBytes(8).toString("hex")}"`,
    };
  });
  for (let i = 0; i < rows.length; i += 1000) await db.insert(inventory).values(rows.slice(i, i + 1000));
  const keys = rows
    .filter((r) => r.keyAuth)
    .flatMap((r) =>
      (["Primary", "Secondary"] as const).map((keyType) => ({
        workspace: r.workspace,
        // An endpoint's keys are recorded under its key owner, as the console records them.
        deployment: "generation" in r ? endpointKeyOwner(r.deployment) : r.deployment,
        keyType,
        fingerprint: randomBytes(6).toString("hex"),
        issuedAt: new Date(Date.now() - Math.floor(rand() * 300) * 86_400_000),
        rotatedAt: rand() < 0.5 ? null : new Date(Date.now() - Math.floor(rand() * 100) * 86_400_000),
      })),
    );
  for (let i = 0; i < keys.length; i += 1000) await db.insert(keyMetadata).values(keys.slice(i, i + 1000));
  await database.db.execute(sql`analyze`);
}

function randomQuery(): Record<string, string> {
  const q: Record<string, string> = {
    limit: pick(["25", "50", "100", "200"]),
    sort: pick(["name", "workspace", "computeType", "state", "authMode", "region", "updatedAt"]),
    order: pick(["asc", "desc"]),
  };
  const filters: Record<string, () => string>[] = [
    {},
    { workspace: () => workspaceName(Math.floor(rand() * WORKSPACES)) },
    { computeType: () => pick(["ACI", "AKS", "Managed", "Kubernetes"]) },
    { authMode: () => pick(["none", "key", "token", ...ENDPOINT_AUTH_MODES]) },
    { generation: () => pick(["v1", "v2"]) },
    { region: () => pick(ALL_REGIONS) },
    { state: () => pick(STATES) },
    { q: () => pick(["fraud", "risk-0", "00042", "vision"]) },
    { computeType: () => "AKS", authMode: () => "key", q: () => "churn" },
  ];
  for (const [key, value] of Object.entries(pick(filters))) q[key] = value();
  return q;
}

async function measure(label: string, database: Database) {
  await fill(database);
  const issuer = await createTestIssuer();
  const { app } = createTestApp({
    db: { database, url: null, close: async () => {} },
    issuer,
    env: { KEYTURN_RATE_LIMIT_PER_MINUTE: "1000000", KEYTURN_RATE_LIMIT_BURST: "100000" },
  });
  const headers = bearer(await issuer.tokenFor("lead"));
  const times: number[] = [];
  const cpu: number[] = [];
  let done = 0;
  while (done < WARMUP + MEASURED) {
    // A filtered query and up to two following pages through its cursor.
    const query = randomQuery();
    let cursor: string | null = null;
    for (let pageNo = 0; pageNo < 3 && done < WARMUP + MEASURED; pageNo++) {
      const params = new URLSearchParams({ ...query, ...(cursor ? { cursor } : {}) });
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      const response = await app.request(`/api/deployments?${params}`, { headers });
      const body = (await response.json()) as { nextCursor: string | null };
      const ms = performance.now() - start;
      const used = process.cpuUsage(cpuStart);
      if (response.status !== 200) throw new Error(`${label}: ${response.status} for ${params}`);
      if (done >= WARMUP) {
        times.push(ms);
        cpu.push((used.user + used.system) / 1000);
      }
      done += 1;
      cursor = body.nextCursor;
      if (!cursor) break;
    }
  }
  cpu.sort((a, b) => a - b);
  times.sort((a, b) => a - b);
  const pct = (xs: number[], p: number) =>
    xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;
  const at = (p: number) => pct(times, p);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  return {
    label,
    requests: times.length,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    mean,
    max: times.at(-1) ?? 0,
    /** CPU time of this process per request: the BFF's own work (all of it with PGlite). */
    cpu50: pct(cpu, 50),
    cpu95: pct(cpu, 95),
  };
}

async function main() {
  const loadBefore = loadavg();
  const results = [];
  if (DATABASES.includes("pglite")) {
    const liteDb = fromPglite(newPglite());
    await migrate(liteDb);
    results.push(await measure("PGlite (embedded)", liteDb));
    await liteDb.close();
  }
  if (DATABASES.includes("postgres")) results.push(await onPostgres());
  printResults(results, loadBefore);
}

async function onPostgres() {
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  const name = `keyturn_bench_${randomBytes(4).toString("hex")}`;
  await admin.query(`create database ${name}`);
  try {
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    const pgDb = fromPool(new pg.Pool({ connectionString: url.toString(), max: 10 }));
    await migrate(pgDb);
    const result = await measure("PostgreSQL (127.0.0.1:5432)", pgDb);
    await pgDb.close();
    return result;
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

function printResults(results: Awaited<ReturnType<typeof measure>>[], loadBefore: number[]) {
  const f = (n: number) => n.toFixed(1);
  console.log(
    `\n${ROWS} deployments in ${WORKSPACES} workspaces (${ENDPOINT_SHARE * 100}% v2 endpoints); ${MEASURED} measured requests each (after ${WARMUP} warm-up); node ${process.version}\n`,
  );
  const load = (xs: number[]) => xs.map(f).join(" ");
  console.log(
    `load average before: ${load(loadBefore)}; after: ${load(loadavg())} (${cpus().length} CPUs)\n`,
  );
  console.log("| database | requests | p50 ms | p95 ms | p99 ms | mean ms | max ms | BFF CPU p50 / p95 ms |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of results) {
    const cells = [
      r.requests,
      f(r.p50),
      f(r.p95),
      f(r.p99),
      f(r.mean),
      f(r.max),
      `${f(r.cpu50)} / ${f(r.cpu95)}`,
    ];
    console.log(`| ${r.label} | ${cells.join(" | ")} |`);
  }
  const worst = Math.max(...results.map((r) => r.p95));
  console.log(`\ntarget p95 ≤ 50 ms: ${worst <= 50 ? "met" : "NOT met"} (worst p95 ${f(worst)} ms)`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
