import type { AppRouteHandler } from "../routing/create-router.ts";
import type { getProviderHealth } from "./provider-health.routes.ts";
import { readProviderHealth, regionStatus } from "./provider-health.ts";
import { PROVIDER_HEALTH_INTERVAL_MS } from "./provider-health-job.ts";

const iso = (at: Date | null) => (at === null ? null : at.toISOString());

export const providerHealthView: AppRouteHandler<typeof getProviderHealth> = async (c) => {
  const rows = await readProviderHealth(c.var.deps.database.db);
  c.header("Cache-Control", "no-store");
  return c.json(
    {
      intervalSeconds: PROVIDER_HEALTH_INTERVAL_MS / 1000,
      regions: rows.map((row) => ({
        region: row.region,
        status: regionStatus(row),
        workspace: row.workspace,
        lastSuccessAt: iso(row.lastSuccessAt),
        lastFailureAt: iso(row.lastFailureAt),
        lastErrorCode: row.lastErrorCode,
        latencyMs: row.latencyMs,
        checkedAt: row.checkedAt.toISOString(),
      })),
    },
    200,
  );
};
