import { isKnownRegion, type Region } from "@keyturn/auth-domain";
import { type AzureMlClient, createAzureMlClient, type WorkspaceRef } from "@keyturn/azureml-rest";
import { asc } from "drizzle-orm";
import type { AppDeps } from "../app-env.ts";
import { connections } from "../db/schema.ts";
import { ApiError } from "../errors/api-error.ts";
import { createIssuerFetch } from "../http/issuer-fetch.ts";
import { type AccessTokenSource, type ConnectionTokenSources, tokenSources } from "./access-token.ts";
import { hostPolicy } from "./allowed-hosts.ts";
import { readConnectionCredential } from "./connection-credential.ts";
import { guardedFetch } from "./guarded-fetch.ts";
import { providerFaultToApiError } from "./provider-errors.ts";

/** What the provider needs of the app's deps (AppDeps satisfies it). */
export type ProviderDeps = Pick<AppDeps, "config" | "database" | "keys" | "logger" | "providerClients">;

/** One workspace the console manages, as discovered through its connection. */
export interface WorkspaceSummary {
  name: string;
  /** The workspace's region (ARM `location`): token fetching depends on it. */
  region: Region;
  friendlyName: string | null;
  connectionId: string;
  connectionName: string;
  ref: WorkspaceRef;
}

/** A workspace with its clients: `client` for everything, `tokenClient` (Reader-level) for token calls. */
export interface WorkspaceProvider extends WorkspaceSummary {
  client: AzureMlClient;
  tokenClient: AzureMlClient;
}

export type ConnectionRow = typeof connections.$inferSelect;

export interface ConnectionState {
  version: number;
  armBaseUrl: string;
  sources: ConnectionTokenSources;
  arm: AzureMlClient;
  listed?: { at: number; workspaces: WorkspaceSummary[]; hosts: Map<string, string> };
  clients: Map<string, { client: AzureMlClient; tokenClient: AzureMlClient }>;
}

/**
 * The clients built for each connection (by id), kept while the connection's version stays the same:
 * one per `AppDeps`, so two apps in one process (tests) never share a client or a cached listing.
 */
export type ProviderClients = Map<string, ConnectionState>;
export const createProviderClients = (): ProviderClients => new Map();

function stateOf(deps: ProviderDeps, row: ConnectionRow): ConnectionState {
  const registry = deps.providerClients;
  const known = registry.get(row.id);
  if (known && known.version === row.version) return known;
  const sources = tokenSources(readConnectionCredential(deps.keys.masterKey, row), {
    config: deps.config.provider,
    issuerFetch: createIssuerFetch(deps.config.auth.caFile),
    hosts: hostPolicy(deps.config),
  });
  const state: ConnectionState = {
    version: row.version,
    armBaseUrl: row.baseUrl,
    sources,
    arm: clientFor(deps, row.baseUrl, row.baseUrl, sources.main),
    clients: new Map(),
  };
  registry.set(row.id, state);
  return state;
}

function clientFor(deps: ProviderDeps, baseUrl: string, armBaseUrl: string, token: AccessTokenSource) {
  return createAzureMlClient({
    baseUrl,
    armBaseUrl,
    getAccessToken: token,
    // Every call carries the token: allowed hosts only (production), never a redirect.
    fetch: guardedFetch(hostPolicy(deps.config), globalThis.fetch),
    timeoutMs: deps.config.provider.timeoutMs,
    poll: {
      intervalMs: deps.config.provider.operationPollMs,
      timeoutMs: deps.config.provider.operationWaitMs,
    },
  });
}

/** The workspaces of one connection (ARM list of its resource group, cached for workspaceCacheMs). */
async function workspacesOf(deps: ProviderDeps, row: ConnectionRow, fresh: boolean) {
  const state = stateOf(deps, row);
  const ttl = deps.config.provider.workspaceCacheMs;
  if (!fresh && state.listed && Date.now() - state.listed.at < ttl) return state.listed.workspaces;
  const listed = await state.arm.listWorkspaces(row.subscriptionId, row.resourceGroup);
  const hosts = new Map<string, string>();
  const workspaces = listed
    .filter((w) => row.workspace === null || w.name === row.workspace)
    .filter((w): w is typeof w & { location: Region } => {
      if (isKnownRegion(w.location)) return true;
      // Until the console shows a region its list lacks, such a workspace is left out, and said.
      deps.logger.warn({ workspace: w.name, region: w.location }, "workspace: region unknown to the console");
      return false;
    })
    .map((w): WorkspaceSummary => {
      // Azure names the v1 region host in discoveryUrl (https://<region>.api.azureml.ms/discovery);
      // the emulator serves everything on its own URL.
      const discovery = w.properties?.discoveryUrl;
      hosts.set(w.name, discovery ? new URL(discovery).origin : row.baseUrl);
      return {
        name: w.name,
        region: w.location,
        friendlyName: w.properties?.friendlyName ?? null,
        connectionId: row.id,
        connectionName: row.name,
        ref: { subscriptionId: row.subscriptionId, resourceGroup: row.resourceGroup, workspace: w.name },
      };
    });
  state.listed = { at: Date.now(), workspaces, hosts };
  return workspaces;
}

/** One connection's workspaces, asked of ARM now (the connection test); provider faults as ApiErrors. */
export async function listConnectionWorkspaces(deps: ProviderDeps, row: ConnectionRow) {
  try {
    return await workspacesOf(deps, row, true);
  } catch (err) {
    throw providerFaultToApiError(err);
  }
}

export interface ListWorkspacesOptions {
  /** Skip the cache and ask ARM again. */
  fresh?: boolean;
}

/**
 * Every workspace of every connection, ordered by connection name then workspace name. A workspace
 * name is the console's key: a second connection listing the same name is ignored (logged). A
 * connection that fails is logged and skipped; when every connection fails, the first fault is thrown
 * as an ApiError (provider_unavailable, workspace_region_down, …).
 */
export async function listWorkspaces(
  deps: ProviderDeps,
  options: ListWorkspacesOptions = {},
): Promise<WorkspaceSummary[]> {
  const rows = await deps.database.db.select().from(connections).orderBy(asc(connections.name));
  const results = await Promise.allSettled(
    rows.map((row) => workspacesOf(deps, row, options.fresh ?? false)),
  );
  const seen = new Set<string>();
  const out: WorkspaceSummary[] = [];
  let firstFailure: unknown;
  results.forEach((result, i) => {
    if (result.status === "rejected") {
      firstFailure ??= result.reason;
      deps.logger.warn(
        { err: result.reason, connectionId: rows[i]?.id },
        "provider: listing workspaces failed",
      );
      return;
    }
    for (const w of [...result.value].sort((a, b) => a.name.localeCompare(b.name))) {
      if (seen.has(w.name)) {
        deps.logger.warn(
          { workspace: w.name, connectionId: w.connectionId },
          "provider: duplicate workspace name",
        );
        continue;
      }
      seen.add(w.name);
      out.push(w);
    }
  });
  if (out.length === 0 && firstFailure !== undefined) throw providerFaultToApiError(firstFailure);
  return out;
}

/**
 * The provider of one workspace by name: its ref, region, connection and clients. An unknown name is
 * looked up once more without the cache, then answered 404 `not_found`.
 */
export async function getWorkspaceProvider(
  deps: ProviderDeps,
  workspace: string,
): Promise<WorkspaceProvider> {
  let found = (await listWorkspaces(deps)).find((w) => w.name === workspace);
  found ??= (await listWorkspaces(deps, { fresh: true })).find((w) => w.name === workspace);
  if (!found) throw ApiError.notFound(`No workspace named "${workspace.slice(0, 100)}" in any connection.`);
  const state = deps.providerClients.get(found.connectionId);
  if (!state) throw ApiError.notFound();
  let clients = state.clients.get(found.name);
  if (!clients) {
    const host = state.listed?.hosts.get(found.name) ?? state.armBaseUrl;
    clients = {
      client: clientFor(deps, host, state.armBaseUrl, state.sources.main),
      tokenClient: clientFor(deps, host, state.armBaseUrl, state.sources.reader),
    };
    state.clients.set(found.name, clients);
  }
  return { ...found, ...clients };
}

/** Drops cached credentials, clients and workspace lists (after a connection changes). */
export function forgetProviders(deps: ProviderDeps): void {
  deps.providerClients.clear();
}
