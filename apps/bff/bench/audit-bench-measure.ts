import pg from "pg";
import { fromPool } from "../src/db/client.ts";
import { verifyAuditLog } from "../src/features/audit/audit-verify.ts";
import { loadCheckpointKey } from "../src/features/audit/checkpoint-key.ts";
import { TEST_CHECKPOINT_KEY } from "../test/support/audit-fixtures.ts";
import { actorOid, actorUsername, BENCH_START, BENCH_STEP_MS } from "./audit-seed.ts";
import { type BenchServer, cpuSeconds, sampleRss } from "./bench-process.ts";

// The three audit measurements against a running BFF: export (rows/s, RSS), verify (records/s),
// filtered queries (latency percentiles); and the verify walk alone, read ahead 1 and 3 ranges.
// Rates are wall-clock; CPU seconds of the BFF are reported too.

const auth = (s: BenchServer, who: "lead" | "admin" = "lead") => ({
  Authorization: `Bearer ${s.tokens[who]}`,
});

export async function measureExport(s: BenchServer, format: "csv" | "jsonl") {
  const pid = s.child.pid as number;
  const rss = sampleRss(pid);
  const cpu0 = cpuSeconds(pid);
  const started = performance.now();
  const response = await fetch(`${s.url}/api/audit/export?format=${format}`, { headers: auth(s) });
  if (response.status !== 200) throw new Error(`export answered ${response.status}`);
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  const memory = rss.stop();
  const rows = format === "csv" ? lines - 1 : lines;
  return {
    format,
    rows,
    bytes,
    seconds,
    rowsPerSecond: rows / seconds,
    cpuSeconds: cpuSeconds(pid) - cpu0,
    ...memory,
  };
}

export async function measureVerify(s: BenchServer) {
  const pid = s.child.pid as number;
  const checkpoint = await fetch(`${s.url}/api/audit/checkpoints`, {
    method: "POST",
    headers: auth(s, "admin"),
  });
  if (checkpoint.status !== 201) throw new Error(`checkpoint answered ${checkpoint.status}`);
  const cpu0 = cpuSeconds(pid);
  const started = performance.now();
  const response = await fetch(`${s.url}/api/audit/verify`, { method: "POST", headers: auth(s) });
  const report = (await response.json()) as {
    intact: boolean;
    checked: number;
    durationMs: number;
    checkpoints: { matched: number };
  };
  const seconds = (performance.now() - started) / 1000;
  if (!report.intact) throw new Error(`the benchmark chain does not verify: ${JSON.stringify(report)}`);
  return {
    ...report,
    seconds,
    recordsPerSecond: report.checked / seconds,
    cpuSeconds: cpuSeconds(pid) - cpu0,
  };
}

const ACTIONS = ["key.regenerate", "token.get", "policy.change", "deployment.delete", "session.seen"];
const TARGETED = ACTIONS.filter((a) => a !== "session.seen");
const pick = <T>(xs: readonly T[], i: number) => xs[i % xs.length] as T;
const iso = (ms: number) => new Date(ms).toISOString();

/** Query shapes an auditor uses; `i` varies the values. Each returns the query string. */
export const QUERY_SHAPES: Record<string, (i: number, rows: number) => string> = {
  "latest page": () => "",
  action: (i) => `action=${pick(ACTIONS, i)}`,
  "actor (oid)": (i) => `actor=${actorOid((i * 7) % 50)}`,
  "actor (username)": (i) => `actor=${actorUsername((i * 11) % 50)}`,
  "outcome=denied": () => "outcome=denied",
  workspace: (i) => `workspace=ws-${i % 20}`,
  "workspace + deployment": (i) => `workspace=ws-${i % 20}&deployment=model-${(i * 37) % 500}`,
  "1-day window": (i, rows) => {
    const from = BENCH_START + ((i * 7919) % Math.max(1, rows - 33_000)) * BENCH_STEP_MS;
    return `from=${iso(from)}&to=${iso(from + 86_400_000)}`;
  },
  "actor + 3-day window": (i, rows) => {
    const from = BENCH_START + ((i * 104_729) % Math.max(1, rows - 100_000)) * BENCH_STEP_MS;
    return `actor=${actorOid(i % 50)}&from=${iso(from)}&to=${iso(from + 3 * 86_400_000)}`;
  },
  "action + outcome": (i) => `action=${pick(ACTIONS, i)}&outcome=failed`,
  "action + outcome + workspace": (i) => `action=${pick(TARGETED, i)}&outcome=failed&workspace=ws-${i % 20}`,
};

/** Reported apart: a combination no row has and no index covers (session events have no target). */
export const ADVERSARIAL: Record<string, (i: number) => string> = {
  "no match (session.seen + workspace)": (i) => `action=session.seen&workspace=ws-${i % 20}`,
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;

/** Each shape `runs` times (first pages), plus pages 2–4 through the cursor of an `action` query. */
export async function measureQueries(s: BenchServer, rows: number, runs = 30) {
  const timed = async (query: string) => {
    const started = performance.now();
    const response = await fetch(`${s.url}/api/audit/events?limit=50&${query}`, { headers: auth(s) });
    const body = (await response.json()) as { items: unknown[]; next: string | null };
    if (response.status !== 200) throw new Error(`query ${query} answered ${response.status}`);
    return { ms: performance.now() - started, next: body.next };
  };
  const all: number[] = [];
  const byShape: Record<string, { p50: number; p95: number; max: number }> = {};
  const summarise = (name: string, times: number[]) => {
    const sorted = [...times].sort((a, b) => a - b);
    byShape[name] = {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      max: sorted.at(-1) as number,
    };
    all.push(...times);
  };
  for (const [name, shape] of Object.entries(QUERY_SHAPES)) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push((await timed(shape(i, rows))).ms);
    summarise(name, times);
  }
  const deep: number[] = [];
  for (let i = 0; i < runs / 3; i++) {
    let { next } = await timed(`action=${pick(ACTIONS, i)}`);
    for (let page = 2; page <= 4 && next; page++) {
      const result = await timed(`action=${pick(ACTIONS, i)}&cursor=${next}`);
      deep.push(result.ms);
      next = result.next;
    }
  }
  summarise("pages 2–4 (cursor)", deep);
  const sorted = [...all].sort((a, b) => a - b);
  const mix = {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) as number,
  };
  for (const [name, shape] of Object.entries(ADVERSARIAL)) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) times.push((await timed(shape(i))).ms);
    summarise(name, times);
  }
  return { ...mix, byShape };
}

/**
 * The verify walk called directly (no HTTP, no audit record), reading 1 and then 3 ranges ahead: the
 * two figures side by side, from one process on one database.
 */
export async function measureWalks(dbUrl: string) {
  const database = fromPool(new pg.Pool({ connectionString: dbUrl, max: 4 }));
  try {
    const key = await loadCheckpointKey({
      checkpointKey: TEST_CHECKPOINT_KEY,
      checkpointKeyFile: "",
      checkpointIntervalMs: 0,
    });
    const walks: Record<string, { seconds: number; recordsPerSecond: number; intact: boolean }> = {};
    for (const inFlight of [1, 3]) {
      const started = performance.now();
      const report = await verifyAuditLog(database.db, { key, inFlight });
      const seconds = (performance.now() - started) / 1000;
      walks[`${inFlight} range${inFlight === 1 ? "" : "s"} ahead`] = {
        seconds,
        recordsPerSecond: report.checked / seconds,
        intact: report.intact,
      };
    }
    return walks;
  } finally {
    await database.close();
  }
}
