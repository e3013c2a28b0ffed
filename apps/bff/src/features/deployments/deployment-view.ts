import type { DeploymentDetail, DeploymentSummary } from "@keyturn/api-contract";
import {
  type AuthSettings,
  type AuthSettingsChange,
  applyAuthChange,
  authMode,
  type ComputeTarget,
  isCrossRegionTokenRisk,
  keyAgeDays,
  normalizeRegionName,
  supportsTokenAuth,
} from "@keyturn/auth-domain";
import { isManagedComputeType, type Service } from "@keyturn/azureml-rest";
import type { Db } from "../../db/client.ts";
import { ApiError } from "../../errors/api-error.ts";
import { checkPrecondition, type IfMatch, requireIfMatch } from "../../http/if-match.ts";
import type { WorkspaceSummary } from "../../provider/workspace-provider.ts";
import type { InventoryItem } from "../inventory/public.ts";
import { deploymentEtag } from "../inventory/public.ts";
import { listDestinations } from "../rotations/public.ts";

const iso = (d: Date | null) => (d === null ? null : d.toISOString());
/** A region name as stored (any region, known or not); null when absent or not a region name. */
const regionOrNull = (value: string | null | undefined) =>
  value ? (normalizeRegionName(value) === value ? value : null) : null;

export const settingsOf = (s: Pick<Service, "authEnabled" | "aadAuthEnabled">): AuthSettings => ({
  keyAuth: s.authEnabled,
  tokenAuth: s.aadAuthEnabled,
});

const authView = (settings: AuthSettings) => ({ ...settings, mode: authMode(settings) });

/** The auth view, regions and connection of a detail: the same for a live and a last-known read. */
function authAndPlace(
  settings: AuthSettings,
  computeType: ComputeTarget,
  workspace: WorkspaceSummary,
  clusterRegion: DeploymentDetail["clusterRegion"],
) {
  return {
    auth: authView(settings),
    tokenAuthSupported: supportsTokenAuth(computeType),
    workspaceRegion: workspace.region,
    clusterRegion,
    crossRegionTokenRisk: isCrossRegionTokenRisk({
      tokenAuth: settings.tokenAuth,
      workspaceRegion: workspace.region,
      clusterRegion,
    }),
    connection: { id: workspace.connectionId, name: workspace.connectionName },
  };
}

/**
 * A live read's detail. `clusterRegion` is where the service runs (provider/service-region.ts: an AKS
 * service's is its compute's); the state is shown as the workspace reports it, documented or not.
 */
export function toDetail(
  service: Service,
  workspace: WorkspaceSummary,
  clusterRegion: string | null,
): DeploymentDetail {
  const settings = settingsOf(service);
  return {
    workspace: workspace.name,
    name: service.name,
    computeType: service.computeType,
    computeName: service.computeName ?? null,
    state: service.state,
    scoringUri: service.scoringUri,
    swaggerUri: service.swaggerUri ?? null,
    ...authAndPlace(settings, service.computeType, workspace, regionOrNull(clusterRegion)),
    createdAt: new Date(service.createdTime).toISOString(),
    updatedAt: new Date(service.updatedTime).toISOString(),
    etag: deploymentEtag(service),
    lastKnown: null,
  };
}

/** A detail with the deployment's Key Vault destinations (vault URL and secret name each). */
export async function withDestinations(db: Db, detail: DeploymentDetail): Promise<DeploymentDetail> {
  const rows = await listDestinations(db, detail.workspace, detail.name);
  return { ...detail, destinations: rows.map((r) => ({ vaultUrl: r.vaultUrl, secretName: r.secretName })) };
}

/**
 * The detail from the inventory's last-known row, for a read while the workspace's region is down:
 * what the row lacks (compute name, Swagger URI) is null, and `lastKnown` says why and as of when.
 * Null when the row cannot make a detail (a read-only row of another kind, no dates or no state).
 */
export function toLastKnownDetail(
  item: Omit<InventoryItem, "keys">,
  workspace: WorkspaceSummary,
): DeploymentDetail | null {
  const computeType = item.computeType;
  if (!item.managed || !isManagedComputeType(computeType)) return null;
  if (item.state === "" || item.createdAt === null || item.updatedAt === null) return null;
  const settings: AuthSettings = { keyAuth: item.keyAuth, tokenAuth: item.tokenAuth };
  const clusterRegion = regionOrNull(item.clusterRegion);
  return {
    workspace: workspace.name,
    name: item.deployment,
    computeType,
    computeName: null,
    state: item.state,
    scoringUri: item.scoringUri,
    swaggerUri: null,
    ...authAndPlace(settings, computeType, workspace, clusterRegion),
    createdAt: item.createdAt.toISOString(),
    updatedAt: item.updatedAt.toISOString(),
    // The same basis as a live read's ETag (older rows may not have stored it).
    etag:
      item.etag ??
      deploymentEtag({
        updatedTime: item.updatedAt.toISOString(),
        authEnabled: item.keyAuth,
        aadAuthEnabled: item.tokenAuth,
      }),
    lastKnown: { reason: "workspace_region_down", asOf: item.syncedAt.toISOString() },
  };
}

/**
 * One inventory row as the console lists it, as a v1 service (the inventory adds the generation, an
 * endpoint's mode and the findings). A read-only row (a kind Keyturn does not manage) says so
 * and why, and has no auth view (its auth is not read); regions and states are as the workspace wrote
 * them, a region or state the console's lists lack included.
 */
export function toSummary(
  item: InventoryItem,
  now: Date,
): Omit<DeploymentSummary, "generation" | "endpointAuthMode" | "findings"> {
  const managed = item.managed && isManagedComputeType(item.computeType);
  return {
    workspace: item.workspace,
    name: item.deployment,
    computeType: item.computeType,
    managed,
    notManagedReason: managed ? null : "kind_not_managed",
    // A read-only row whose service reported no state is stored as '' (inventory schema).
    state: item.state === "" ? null : item.state,
    auth: managed ? authView({ keyAuth: item.keyAuth, tokenAuth: item.tokenAuth }) : null,
    workspaceRegion: item.workspaceRegion,
    clusterRegion: regionOrNull(item.clusterRegion),
    scoringUri: item.scoringUri,
    createdAt: iso(item.createdAt),
    updatedAt: iso(item.updatedAt),
    syncedAt: item.syncedAt.toISOString(),
    keyAges: item.keys.map((k) => ({
      keyType: k.keyType,
      ageDays: keyAgeDays({ issuedAt: k.issuedAt.toISOString() }, now),
    })),
  };
}

/** The domain's verdict on a change, or 400 with its code and sentence (before any provider write). */
export function checkAuthChange(
  target: ComputeTarget,
  current: AuthSettings,
  change: AuthSettingsChange,
): AuthSettings {
  const result = applyAuthChange(target, current, change);
  if (!result.ok) throw new ApiError(400, result.error.code, { detail: result.error.message });
  return result.value;
}

/** If-Match is required on every change (428), before the provider is read. */
export function requireDeploymentIfMatch(header: string | undefined): IfMatch {
  return requireIfMatch(header, "Send If-Match with the deployment's current ETag (read it with GET first).");
}

/** Compares against a fresh provider read: stale → 412 with the current ETag in the ETag header. */
export function checkDeploymentPrecondition(ifMatch: IfMatch, current: Service): void {
  checkPrecondition(
    ifMatch,
    deploymentEtag(current),
    "The deployment changed since you read it: read it again and retry.",
  );
}
