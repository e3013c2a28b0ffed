import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../db/client.ts";
import { tokenLatencySamples } from "../../db/schema.ts";

/** Records how long one token fetch took, under the workspace's region. */
export async function recordTokenLatency(
  db: Db,
  sample: { workspace: string; region: string; ms: number; at: Date },
): Promise<void> {
  await db.insert(tokenLatencySamples).values(sample);
}

export interface RegionLatency {
  region: string;
  samples: number;
  p50Ms: number;
  p95Ms: number;
  lastAt: string;
}

/** Samples considered: the last day, at most this many per region (the most recent). */
export const LATENCY_WINDOW_HOURS = 24;
export const LATENCY_MAX_SAMPLES_PER_REGION = 1000;

/** p50 / p95 of token-fetch latency per workspace region over recent samples. */
export async function regionLatencies(db: Db, now: Date): Promise<RegionLatency[]> {
  const since = new Date(now.getTime() - LATENCY_WINDOW_HOURS * 3_600_000);
  const rows = await queryRows<{ region: string; samples: number; p50: number; p95: number; last_at: Date }>(
    db,
    sql`
      with recent as (
        select region, ms, at,
               row_number() over (partition by region order by at desc, id desc) as rank
        from ${tokenLatencySamples}
        where at >= ${since.toISOString()}::timestamptz
      )
      select region,
             count(*)::int as samples,
             percentile_cont(0.5) within group (order by ms) as p50,
             percentile_cont(0.95) within group (order by ms) as p95,
             max(at) as last_at
      from recent
      where rank <= ${LATENCY_MAX_SAMPLES_PER_REGION}
      group by region
      order by region`,
  );
  return rows.map((row) => ({
    region: row.region,
    samples: Number(row.samples),
    p50Ms: round(Number(row.p50)),
    p95Ms: round(Number(row.p95)),
    lastAt: new Date(row.last_at).toISOString(),
  }));
}

const round = (ms: number) => Math.round(ms * 10) / 10;
