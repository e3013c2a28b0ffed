import type { FetchLike } from "../http/issuer-fetch.ts";
import { workspaceOfUrl } from "../telemetry/provider-operation.ts";
import { providerFetch } from "../telemetry/provider-spans.ts";
import type { ProviderClients, ProviderDeps } from "./workspace-provider.ts";

/** The region of the workspace a URL names, from the connections' last listings (names are unique). */
export function regionOfUrl(clients: ProviderClients, url: string): string | undefined {
  const workspace = workspaceOfUrl(url);
  return workspace === undefined ? undefined : regionOfWorkspace(clients, workspace);
}

/** A workspace's region from the connections' last listings; undefined when none listed it yet. */
export function regionOfWorkspace(clients: ProviderClients, workspace: string): string | undefined {
  for (const state of clients.values()) {
    const found = state.listed?.workspaces.find((w) => w.name === workspace);
    if (found) return found.region;
  }
  return undefined;
}

/**
 * `inner` as the provider's clients use it: each call traced and measured by its workspace's region
 * (telemetry/provider-spans.ts). Wrap it inside the destination guard: a refused call is never sent.
 */
export function observedFetch(deps: Pick<ProviderDeps, "providerClients" | "metrics">, inner: FetchLike) {
  return providerFetch(inner, {
    regionOf: (url) => regionOfUrl(deps.providerClients, url),
    metrics: deps.metrics,
  });
}
