import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { AppDeps } from "../../app-env.ts";
import { appState, connections, keyDestinations } from "../../db/schema.ts";
import { EMULATOR_RESOURCE_GROUP, EMULATOR_SUBSCRIPTION_ID } from "../../db/seed.ts";
import { endpointProviderOf } from "../../provider/endpoint-clients.ts";
import { providerCall } from "../../provider/provider-errors.ts";
import { listConnectionWorkspaces, providerOf } from "../../provider/workspace-provider.ts";
import { endpointDeployment } from "./endpoint-key-provider.ts";
import { publishTo } from "./rotation-steps.ts";

const SEED_MARKER = "seed.default-destinations";
/** Key Vault's rule for vault names: 3–24 letters, digits and single hyphens, a letter first, no hyphen last. */
const VAULT_NAME = /^(?=.{3,24}$)[a-z](?:[a-z0-9]|-(?!-))*[a-z0-9]$/i;
const SEEDED_BY = "keyturn (embedded default)";

/**
 * The emulator's vault of a workspace: `kv-` and the workspace's name without its `ws-` prefix, cut
 * to Key Vault's 24 characters; a name that leaves too little, `kv-` and a digest of it (the
 * emulator's rule, as its README states it).
 */
export function emulatorVaultName(workspace: string): string {
  const name = `kv-${workspace.replace(/^ws-/i, "")}`
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .slice(0, 24)
    .replace(/-+$/, "");
  if (VAULT_NAME.test(name)) return name;
  return `kv-${createHash("sha256").update(workspace).digest("hex").slice(0, 12)}`;
}

export interface SeedReport {
  seeded: boolean;
  destinations: number;
  published: number;
}

/**
 * The embedded default, on first start only (a marker in app_state, as the default connection's): every
 * key-auth ACI or AKS service and Key-mode online endpoint of the emulator's connections (the all-zero
 * subscription, which no Azure subscription has, and its resource group; never another connection,
 * whose keys must not be copied to the emulator's vaults) gets a destination in its workspace's vault
 * on the emulator's HTTPS listener (`<vaultOrigin>/kv-…`, secret name = the deployment's name), and its
 * active key (Primary: the console never rotated it) is published there at once. A publish that fails
 * is logged and leaves the row without a version; the first rotation writes it.
 */
export async function seedDefaultDestinations(deps: AppDeps, vaultOrigin: string): Promise<SeedReport> {
  const { db } = deps.database;
  const claimed = await db
    .insert(appState)
    .values({ key: SEED_MARKER, value: sql`jsonb_build_object('at', now())` })
    .onConflictDoNothing()
    .returning({ key: appState.key });
  const report: SeedReport = { seeded: claimed.length === 1, destinations: 0, published: 0 };
  if (!report.seeded) return report;
  try {
    await seedEachWorkspace(deps, vaultOrigin, report);
  } catch (err) {
    // The emulator was not up yet: the next start (or retry) seeds again; rows already in are kept.
    await db.delete(appState).where(eq(appState.key, SEED_MARKER));
    throw err;
  }
  return report;
}

/** One deployment's destination (secret name = its name) and its active key published there. */
async function seedOne(
  deps: AppDeps,
  target: { workspace: string; deployment: string; connectionId: string },
  destination: { vaultUrl: string; secretName: string },
  primaryKey: string | null | undefined,
  report: SeedReport,
): Promise<void> {
  const row = {
    workspace: target.workspace,
    deployment: target.deployment,
    ...destination,
    createdBy: SEEDED_BY,
  };
  await deps.database.db.insert(keyDestinations).values(row).onConflictDoNothing();
  report.destinations += 1;
  if (!primaryKey) return;
  const [written] = await publishTo(deps, target, primaryKey, "Primary", [destination]);
  if (written?.version) report.published += 1;
}

async function seedEachWorkspace(deps: AppDeps, vaultOrigin: string, report: SeedReport): Promise<void> {
  const emulatorConnections = await deps.database.db
    .select()
    .from(connections)
    .where(
      and(
        eq(connections.subscriptionId, EMULATOR_SUBSCRIPTION_ID),
        eq(connections.resourceGroup, EMULATOR_RESOURCE_GROUP),
      ),
    );
  const workspaces = [];
  for (const row of emulatorConnections) workspaces.push(...(await listConnectionWorkspaces(deps, row)));
  for (const w of workspaces) {
    const vaultUrl = `${vaultOrigin.replace(/\/$/, "")}/${emulatorVaultName(w.name)}`;
    const p = await providerOf(deps, w);
    const { services } = await providerCall(() => p.client.listServiceItems(p.ref));
    const taken = new Set<string>();
    for (const s of services.filter((s) => s.authEnabled && s.scoringUri)) {
      const keys = await providerCall(() => p.client.listKeys(p.ref, s.name));
      const target = { workspace: w.name, deployment: s.name, connectionId: w.connectionId };
      await seedOne(deps, target, { vaultUrl, secretName: s.name }, keys.primaryKey, report);
      taken.add(s.name);
    }
    // Key-mode online endpoints too (stored under their key owner's name); a secret name a service
    // of the workspace already holds is left to an Admin.
    const e = await endpointProviderOf(deps, w);
    const { endpoints } = await providerCall(() => e.endpoints.listEndpoints(e.ref));
    for (const endpoint of endpoints) {
      const { authMode, scoringUri } = endpoint.properties;
      if (authMode !== "Key" || !scoringUri || taken.has(endpoint.name)) continue;
      const keys = await providerCall(() => e.endpoints.listEndpointKeys(e.ref, endpoint.name));
      const target = {
        workspace: w.name,
        deployment: endpointDeployment(endpoint.name),
        connectionId: w.connectionId,
      };
      await seedOne(deps, target, { vaultUrl, secretName: endpoint.name }, keys.primaryKey, report);
    }
  }
}
