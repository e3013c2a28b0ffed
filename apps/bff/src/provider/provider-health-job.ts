import { randomUUID } from "node:crypto";
import { Gauge } from "prom-client";
import { type IntervalJob, intervalJob } from "../jobs/interval-job.ts";
import { claimLease, releaseLease } from "../jobs/job-lease.ts";
import type { Metrics } from "../middleware/metrics.ts";
import {
  forgetStaleRegions,
  type ProviderHealthDeps,
  probeProviderHealth,
  readProviderHealth,
  regionStatus,
} from "./provider-health.ts";

/** How often the regions are probed, once per period across replicas. */
export const PROVIDER_HEALTH_INTERVAL_MS = 60_000;
export const PROVIDER_HEALTH_JOB = "provider-health";

/**
 * The probe as a scheduled job: every replica ticks, the `job_leases` row lets one of them probe per
 * period (a crashed prober's lease expires after two periods).
 */
export function providerHealthJob(
  deps: ProviderHealthDeps,
  intervalMs = PROVIDER_HEALTH_INTERVAL_MS,
): IntervalJob {
  const holder = randomUUID();
  const lease = { leaseMs: 2 * intervalMs, minIntervalMs: intervalMs / 2 };
  return intervalJob(
    PROVIDER_HEALTH_JOB,
    intervalMs,
    async () => {
      const db = deps.database.db;
      if (!(await claimLease(db, PROVIDER_HEALTH_JOB, holder, lease))) return { skipped: true };
      let outcome: "ok" | "failed" = "failed";
      try {
        const probes = await probeProviderHealth(deps);
        await forgetStaleRegions(db);
        outcome = "ok";
        return { regions: probes.length, down: probes.filter((p) => !p.ok).map((p) => p.region) };
      } finally {
        await releaseLease(db, PROVIDER_HEALTH_JOB, holder, outcome);
      }
    },
    deps.logger,
  );
}

type Row = Awaited<ReturnType<typeof readProviderHealth>>[number];

/**
 * Provider health in /metrics, labelled by region, read from the shared table at each scrape (one
 * query shared by the gauges): every replica answers the same figures whichever of them probed.
 */
export function registerProviderHealthMetrics(
  metrics: Metrics,
  deps: Pick<ProviderHealthDeps, "database" | "logger">,
): void {
  let pending: Promise<Row[]> | undefined;
  const rows = () =>
    (pending ??= readProviderHealth(deps.database.db)
      .catch((err: unknown) => {
        deps.logger.warn({ err }, "metrics: provider health could not be read");
        return [] as Row[];
      })
      .finally(() => {
        pending = undefined;
      }));
  const gauge = (name: string, help: string, value: (row: Row) => number | null) =>
    new Gauge({
      name,
      help,
      labelNames: ["region"],
      registers: [metrics.registry],
      async collect() {
        const current = await rows();
        this.reset();
        for (const row of current) {
          const v = value(row);
          if (v !== null) this.set({ region: row.region }, v);
        }
      },
    });
  const seconds = (at: Date | null) => (at === null ? null : at.getTime() / 1000);
  gauge(
    "keyturn_provider_region_up",
    "1 when the region's latest provider probe succeeded, 0 when it failed.",
    (row) => (regionStatus(row) === "up" ? 1 : 0),
  );
  gauge(
    "keyturn_provider_region_probe_latency_seconds",
    "Latency of the region's latest provider probe.",
    (row) => row.latencyMs / 1000,
  );
  gauge(
    "keyturn_provider_region_last_success_timestamp_seconds",
    "When a provider probe of the region last succeeded (Unix seconds).",
    (row) => seconds(row.lastSuccessAt),
  );
  gauge(
    "keyturn_provider_region_last_failure_timestamp_seconds",
    "When a provider probe of the region last failed (Unix seconds).",
    (row) => seconds(row.lastFailureAt),
  );
}
