import { ApiError } from "../../errors/api-error.ts";
import { type EndpointProvider, getEndpointProvider } from "../../provider/endpoint-clients.ts";
import { providerCall } from "../../provider/provider-errors.ts";
import type { ProviderDeps } from "../../provider/workspace-provider.ts";

/** The workspace's v2 provider and the endpoint read fresh from Azure (404 from either). */
export async function endpointTarget(deps: ProviderDeps, workspace: string, name: string) {
  const provider = await getEndpointProvider(deps, workspace);
  const endpoint = await providerCall(() => provider.endpoints.getEndpoint(provider.ref, name));
  return { provider, endpoint };
}
export type EndpointTarget = Awaited<ReturnType<typeof endpointTarget>>;
export type { EndpointProvider };

/** The scoring URI, or 409 while the endpoint has none (still creating). */
export function scoringUriOf(target: EndpointTarget): string {
  const uri = target.endpoint.properties.scoringUri;
  if (!uri) {
    throw new ApiError(409, "conflict", {
      detail: `The endpoint "${target.endpoint.name}" has no scoring URI yet (${target.endpoint.properties.provisioningState ?? "state unknown"}).`,
    });
  }
  return uri;
}

/** 409 unless the endpoint is in this mode, saying which mode it is in. */
export function requireMode(target: EndpointTarget, mode: "Key" | "AMLToken", what: string): void {
  const actual = target.endpoint.properties.authMode;
  if (actual !== mode) {
    throw new ApiError(409, "conflict", {
      detail: `The endpoint "${target.endpoint.name}" uses ${actual} authentication: ${what} exist in ${mode} mode only.`,
    });
  }
}

/** Lock names: one for an endpoint's changes, one for its keys (across replicas, KeyLocks). */
export const endpointLockName = (workspace: string, name: string) =>
  JSON.stringify(["endpoint", workspace, name]);
export const endpointKeysLockName = (workspace: string, name: string) =>
  JSON.stringify(["endpoint-keys", workspace, name]);
