import { type DeploymentDetail, DeploymentStateSchema, type DeploymentSummary } from "@keyturn/api-contract";
import {
  type AuthSettings,
  type AuthSettingsChange,
  applyAuthChange,
  authMode,
  type ComputeTarget,
  isCrossRegionTokenRisk,
  keyAgeDays,
  RegionSchema,
  supportsTokenAuth,
} from "@keyturn/auth-domain";
import type { Service } from "@keyturn/azureml-rest";
import { ApiError } from "../../errors/api-error.ts";
import { checkPrecondition, type IfMatch, requireIfMatch } from "../../http/if-match.ts";
import type { WorkspaceSummary } from "../../provider/workspace-provider.ts";
import type { InventoryItem } from "../inventory/public.ts";
import { deploymentEtag } from "../inventory/public.ts";

const iso = (d: Date | null) => (d === null ? null : d.toISOString());
const regionOrNull = (value: string | null | undefined) => {
  const parsed = RegionSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
};

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

export function toDetail(service: Service, workspace: WorkspaceSummary): DeploymentDetail {
  const settings = settingsOf(service);
  const clusterRegion = regionOrNull(service.location);
  // The workspace may report a state the detail's contract does not name yet: not understood, as before.
  const state = DeploymentStateSchema.safeParse(service.state);
  if (!state.success) {
    throw new ApiError(502, "provider_rejected", {
      detail: "The workspace reports the deployment in a state the console does not know.",
    });
  }
  return {
    workspace: workspace.name,
    name: service.name,
    computeType: service.computeType,
    computeName: service.computeName ?? null,
    state: state.data,
    scoringUri: service.scoringUri,
    swaggerUri: service.swaggerUri ?? null,
    ...authAndPlace(settings, service.computeType, workspace, clusterRegion),
    createdAt: new Date(service.createdTime).toISOString(),
    updatedAt: new Date(service.updatedTime).toISOString(),
    etag: deploymentEtag(service),
    lastKnown: null,
  };
}

/**
 * The detail from the inventory's last-known row, for a read while the workspace's region is down:
 * what the row lacks (compute name, Swagger URI) is null, and `lastKnown` says why and as of when.
 * Null when the row cannot make a detail (no dates or an unknown state: never written by a sync).
 */
export function toLastKnownDetail(
  item: Omit<InventoryItem, "keys">,
  workspace: WorkspaceSummary,
): DeploymentDetail | null {
  const state = DeploymentStateSchema.safeParse(item.state);
  if (!state.success || item.createdAt === null || item.updatedAt === null) return null;
  const settings: AuthSettings = { keyAuth: item.keyAuth, tokenAuth: item.tokenAuth };
  const computeType = item.computeType as ComputeTarget;
  const clusterRegion = regionOrNull(item.clusterRegion);
  return {
    workspace: workspace.name,
    name: item.deployment,
    computeType,
    computeName: null,
    state: state.data,
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

export function toSummary(item: InventoryItem, now: Date): DeploymentSummary {
  return {
    workspace: item.workspace,
    name: item.deployment,
    computeType: item.computeType as ComputeTarget,
    state: item.state,
    auth: authView({ keyAuth: item.keyAuth, tokenAuth: item.tokenAuth }),
    workspaceRegion: regionOrNull(item.workspaceRegion) ?? "eastus",
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
