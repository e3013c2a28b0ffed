import { asc, sql } from "drizzle-orm";
import type { AppDeps } from "../app-env.ts";
import type { Db } from "../db/client.ts";
import { providerHealth } from "../db/schema.ts";
import { ApiError } from "../errors/api-error.ts";
import { providerFaultToApiError } from "./provider-errors.ts";
import { getWorkspaceProvider, listWorkspaces, type WorkspaceSummary } from "./workspace-provider.ts";

export type ProviderHealthDeps = Pick<
  AppDeps,
  "config" | "database" | "keys" | "logger" | "providerClients" | "metrics" | "now"
>;

export type ProviderHealthRow = typeof providerHealth.$inferSelect;

/** A region's state: up when its latest probe succeeded, down when it failed. */
export const regionStatus = (row: ProviderHealthRow): "up" | "down" =>
  row.lastFailureAt !== null && (row.lastSuccessAt === null || row.lastFailureAt > row.lastSuccessAt)
    ? "down"
    : "up";

/** The stable code of a provider failure, never its message (which may quote what Azure said). */
function errorCode(err: unknown): string {
  const mapped = providerFaultToApiError(err);
  return mapped instanceof ApiError ? mapped.code : "internal_error";
}

/** One workspace per region (the first by name): a region's control plane answers for all of them. */
function onePerRegion(workspaces: WorkspaceSummary[]): WorkspaceSummary[] {
  const byRegion = new Map<string, WorkspaceSummary>();
  for (const w of [...workspaces].sort((a, b) => a.name.localeCompare(b.name)))
    if (!byRegion.has(w.region)) byRegion.set(w.region, w);
  return [...byRegion.values()];
}

interface Probe {
  region: string;
  workspace: string;
  ok: boolean;
  errorCode: string | null;
  latencyMs: number;
}

/**
 * Probes each workspace region once (one workspace of it lists its services) and records the outcome.
 * When no connection can list its workspaces, every region already known is recorded as failed.
 */
export async function probeProviderHealth(deps: ProviderHealthDeps): Promise<Probe[]> {
  let workspaces: WorkspaceSummary[];
  try {
    workspaces = await listWorkspaces(deps, { fresh: true });
  } catch (err) {
    const code = errorCode(err);
    const known = await readProviderHealth(deps.database.db);
    const probes = known.map((row) => ({
      region: row.region,
      workspace: row.workspace,
      ok: false,
      errorCode: code,
      latencyMs: 0,
    }));
    for (const probe of probes) await recordProbe(deps.database.db, probe, deps.now());
    return probes;
  }
  const probes = await Promise.all(
    onePerRegion(workspaces).map(async (w): Promise<Probe> => {
      const started = performance.now();
      let failure: string | null = null;
      try {
        const provider = await getWorkspaceProvider(deps, w.name);
        await provider.client.listServiceItems(provider.ref);
      } catch (err) {
        failure = errorCode(err);
      }
      const latencyMs = Math.round(performance.now() - started);
      return { region: w.region, workspace: w.name, ok: failure === null, errorCode: failure, latencyMs };
    }),
  );
  for (const probe of probes) await recordProbe(deps.database.db, probe, deps.now());
  return probes;
}

async function recordProbe(db: Db, probe: Probe, at: Date): Promise<void> {
  const outcome = probe.ok
    ? { lastSuccessAt: at }
    : { lastFailureAt: at, lastErrorCode: probe.errorCode ?? "internal_error" };
  const common = { workspace: probe.workspace, latencyMs: probe.latencyMs, checkedAt: at };
  await db
    .insert(providerHealth)
    .values({ region: probe.region, ...common, ...outcome })
    .onConflictDoUpdate({ target: providerHealth.region, set: { ...common, ...outcome } });
}

/** Every region's latest probe, by region name. */
export const readProviderHealth = (db: Db) =>
  db.select().from(providerHealth).orderBy(asc(providerHealth.region));

/** Forgets regions no workspace has been probed in for a day (a connection removed). */
export const forgetStaleRegions = (db: Db) =>
  db.delete(providerHealth).where(sql`${providerHealth.checkedAt} < now() - interval '1 day'`);
