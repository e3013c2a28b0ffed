import { REGIONS } from "@keyturn/auth-domain";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import { LATENCY_MAX_SAMPLES_PER_REGION, LATENCY_WINDOW_HOURS, regionLatencies } from "../tokens/public.ts";
import type { getRegionLatencies } from "./regions.routes.ts";

const regionName = (region: string): string | null =>
  Object.hasOwn(REGIONS, region) ? REGIONS[region as keyof typeof REGIONS].name : null;

export const latencies: AppRouteHandler<typeof getRegionLatencies> = async (c) => {
  const deps = c.var.deps;
  const rows = await regionLatencies(deps.database.db, deps.now());
  return c.json(
    {
      windowHours: LATENCY_WINDOW_HOURS,
      maxSamplesPerRegion: LATENCY_MAX_SAMPLES_PER_REGION,
      regions: rows.map((row) => ({ ...row, name: regionName(row.region) })),
    },
    200,
  );
};
