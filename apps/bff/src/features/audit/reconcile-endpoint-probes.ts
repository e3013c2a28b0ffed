import { ApiError } from "../../errors/api-error.ts";
import { getEndpointProvider } from "../../provider/endpoint-clients.ts";
import { providerCall } from "../../provider/provider-errors.ts";
import type { ProviderDeps } from "../../provider/workspace-provider.ts";
import type { AuditRow } from "./audit-chain.ts";
import type { Probe } from "./reconcile-probe.ts";

// What the v2 control plane says an unfinished endpoint action did: the endpoint read from Azure now.

/** A record of a v2 online endpoint's action: its own name, or an older record's `generation: v2`. */
export const isEndpointRecord = (intent: AuditRow) =>
  intent.action.startsWith("endpoint.") || intent.details.generation === "v2";

/** The endpoint as Azure shows it now, or null when the workspace has no such endpoint. */
async function endpointOrNull(deps: ProviderDeps, workspace: string, name: string) {
  const p = await getEndpointProvider(deps, workspace);
  try {
    return await providerCall(() => p.endpoints.getEndpoint(p.ref, name));
  } catch (err) {
    if (err instanceof ApiError && err.code === "not_found") return null;
    throw err;
  }
}

/** A create: the endpoint exists (with its provisioning state) or it does not. */
export async function probeEndpointCreate(
  deps: ProviderDeps,
  workspace: string,
  name: string,
): Promise<Probe> {
  const endpoint = await endpointOrNull(deps, workspace, name);
  return endpoint
    ? { found: "created", details: { provisioningState: endpoint.properties.provisioningState ?? null } }
    : { found: "absent" };
}

/** A change of auth mode: the endpoint's mode now against the one before and the one asked for. */
export async function probeEndpointAuthChange(
  deps: ProviderDeps,
  intent: AuditRow,
  workspace: string,
  name: string,
): Promise<Probe> {
  const endpoint = await endpointOrNull(deps, workspace, name);
  if (!endpoint) return { found: "unknown", details: { reason: "not_found" } };
  const mode = endpoint.properties.authMode;
  const details = { authModeFound: mode };
  if (mode === intent.details.authModeAfter) return { found: "changed", details };
  if (mode === intent.details.authModeBefore) return { found: "unchanged", details };
  return { found: "unknown", details: { ...details, reason: "other_settings" } };
}
