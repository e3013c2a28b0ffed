import { type AzureMlClient, createAzureMlClient } from "@keyturn/azureml-rest";
import type { AccessTokenSource } from "./access-token.ts";
import { hostPolicy } from "./allowed-hosts.ts";
import { assertDestination, guardedFetch } from "./guarded-fetch.ts";
import { providerCall } from "./provider-errors.ts";
import { observedFetch } from "./provider-fetch.ts";
import type { ConnectionState, ProviderDeps } from "./workspace-provider.ts";

/** A workspace's clients, for the model-management host they were built for. */
export interface WorkspaceClients {
  host: string;
  client: AzureMlClient;
  tokenClient: AzureMlClient;
}

/** What a workspace's listing keeps for discovery: its ARM id and discovery URL. */
export interface WorkspaceLocator {
  id: string;
  discoveryUrl: string | null;
}

export function clientFor(deps: ProviderDeps, baseUrl: string, armBaseUrl: string, token: AccessTokenSource) {
  return createAzureMlClient({
    baseUrl,
    armBaseUrl,
    getAccessToken: token,
    // Every call carries the token: allowed hosts only (production), never a redirect; traced, measured.
    fetch: guardedFetch(hostPolicy(deps.config), observedFetch(deps, globalThis.fetch)),
    timeoutMs: deps.config.provider.timeoutMs,
    poll: {
      intervalMs: deps.config.provider.operationPollMs,
      timeoutMs: deps.config.provider.operationWaitMs,
    },
  });
}

/**
 * The workspace's model-management host: its discovery document's `api` (Azure: the region's
 * `https://<region>.api.azureml.ms`; the ARM client fetches it through the same guard, and keeps it
 * for a bounded time), else the connection's base URL (no discovery URL). The host is checked
 * against the allowed hosts here, before any client is built for it, so a document naming another
 * host is refused with `provider_host_not_allowed` and no credential ever goes there.
 */
async function apiHostOf(deps: ProviderDeps, state: ConnectionState, locator: WorkspaceLocator) {
  if (locator.discoveryUrl === null) return state.armBaseUrl;
  const host = await providerCall(() =>
    state.arm.discoverApiHost({ id: locator.id, properties: { discoveryUrl: locator.discoveryUrl } }),
  );
  if (host === null) return state.armBaseUrl;
  await providerCall(async () => assertDestination(hostPolicy(deps.config), host));
  return host;
}

/** The workspace's clients, rebuilt when discovery names another host than the one they were built for. */
export async function workspaceClients(
  deps: ProviderDeps,
  state: ConnectionState,
  name: string,
  locator: WorkspaceLocator,
): Promise<WorkspaceClients> {
  const host = await apiHostOf(deps, state, locator);
  const known = state.clients.get(name);
  if (known && known.host === host) return known;
  const clients = {
    host,
    client: clientFor(deps, host, state.armBaseUrl, state.sources.main),
    tokenClient: clientFor(deps, host, state.armBaseUrl, state.sources.reader),
  };
  state.clients.set(name, clients);
  return clients;
}
