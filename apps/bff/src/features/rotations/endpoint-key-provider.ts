import type { AppDeps } from "../../app-env.ts";
import { providerCall } from "../../provider/provider-errors.ts";
import {
  endpointKeyOwner,
  endpointKeysLockName,
  endpointKeyValueOf,
  endpointScoringUri,
  endpointTarget,
  listEndpointKeyValues,
  requireMode,
} from "../endpoints/public.ts";
import { type RotatableKeys, v1Keys } from "./key-provider.ts";

const ENDPOINT_PREFIX = endpointKeyOwner("");

/** The stored name of an endpoint's rotations and destinations: its key records' (`endpoint/<name>`). */
export const endpointDeployment = (name: string) => endpointKeyOwner(name);

/** The endpoint a stored name stands for, or null for a v1 service. */
export const endpointOf = (deployment: string): string | null =>
  deployment.startsWith(ENDPOINT_PREFIX) ? deployment.slice(ENDPOINT_PREFIX.length) : null;

/**
 * A v2 online endpoint in Key mode (409 `conflict` in a token mode, or without a scoring URI yet): its
 * keys read with listKeys, regenerated through Azure's regenerateKeys followed to its end, under the
 * endpoint keys' own lock and audit action.
 */
export async function endpointKeys(deps: AppDeps, workspace: string, name: string): Promise<RotatableKeys> {
  const target = await endpointTarget(deps, workspace, name);
  requireMode(target, "Key", "keys to rotate");
  const { provider, endpoint } = target;
  return {
    workspace: provider.name,
    deployment: endpointDeployment(endpoint.name),
    tags: endpoint.tags,
    connectionId: provider.connectionId,
    scoringUri: endpointScoringUri(target),
    lockName: endpointKeysLockName(provider.name, endpoint.name),
    regenerateAction: "endpoint.key.regenerate",
    read: async (slot) => endpointKeyValueOf(await listEndpointKeyValues(target), slot),
    regenerate: (slot) =>
      providerCall(() => provider.endpoints.regenerateEndpointKey(provider.ref, endpoint.name, slot)),
  };
}

/** The keys behind a stored rotation's name, of either generation (the engine's and scheduler's default). */
export function keysOf(deps: AppDeps, workspace: string, deployment: string): Promise<RotatableKeys> {
  const endpoint = endpointOf(deployment);
  return endpoint === null ? v1Keys(deps, workspace, deployment) : endpointKeys(deps, workspace, endpoint);
}

/** A stored name as the API and the audit log show it: an endpoint's own name, a v1 service's. */
export const publicName = (deployment: string): string => endpointOf(deployment) ?? deployment;
