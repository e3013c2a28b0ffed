import type { AzureMlClient, UnreadableItem, WorkspaceRef } from "@keyturn/azureml-rest";
import { asc } from "drizzle-orm";
import type { AppDeps } from "../app-env.ts";
import { connections } from "../db/schema.ts";
import { ApiError } from "../errors/api-error.ts";
import { createIssuerFetch } from "../http/issuer-fetch.ts";
import { type ConnectionTokenSources, tokenSources } from "./access-token.ts";
import { hostPolicy } from "./allowed-hosts.ts";
import { readConnectionCredential } from "./connection-credential.ts";
import { providerFaultToApiError } from "./provider-errors.ts";
import { observedFetch } from "./provider-fetch.ts";
import {
  clientFor,
  type WorkspaceClients,
  type WorkspaceLocator,
  workspaceClients,
} from "./workspace-clients.ts";

/** What the provider needs of the app's deps (AppDeps satisfies it). */
export type ProviderDeps = Pick<
  AppDeps,
  "config" | "database" | "keys" | "logger" | "providerClients" | "metrics"
>;

/** One workspace the console manages, as discovered through its connection. */
export interface WorkspaceSummary {
  name: string;
  /**
   * The workspace's region (ARM `location`) as written: token fetching depends on it. A region the
   * console's list lacks (a newer one, a sovereign cloud's) is kept; its distances are unknown.
   */
  region: string;
  friendlyName: string | null;
  connectionId: string;
  connectionName: string;
  ref: WorkspaceRef;
}

/** A workspace with its clients: `client` for everything, `tokenClient` (Reader-level) for token calls. */
export interface WorkspaceProvider extends WorkspaceSummary {
  client: AzureMlClient;
  tokenClient: AzureMlClient;
  /** The model-management host the clients call (discovered; the connection's URL without discovery). */
  apiHost: string;
}

export type ConnectionRow = typeof connections.$inferSelect;

export interface ConnectionState {
  version: number;
  armBaseUrl: string;
  sources: ConnectionTokenSources;
  arm: AzureMlClient;
  listed?: {
    at: number;
    workspaces: WorkspaceSummary[];
    locators: Map<string, WorkspaceLocator>;
    /** The connection's workspaces that could not be read (never hiding the others). */
    unreadable: UnreadableItem[];
  };
  clients: Map<string, WorkspaceClients>;
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
    issuerFetch: observedFetch(deps, createIssuerFetch(deps.config.auth.caFile)),
    hosts: hostPolicy(deps.config),
    armBaseUrl: row.baseUrl,
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

/** The workspaces of one connection (ARM list of its resource group, cached for workspaceCacheMs). */
async function workspacesOf(deps: ProviderDeps, row: ConnectionRow, fresh: boolean) {
  const state = stateOf(deps, row);
  const ttl = deps.config.provider.workspaceCacheMs;
  if (!fresh && state.listed && Date.now() - state.listed.at < ttl) return state.listed.workspaces;
  const listed = await state.arm.listWorkspaceItems(row.subscriptionId, row.resourceGroup);
  const locators = new Map<string, WorkspaceLocator>();
  const workspaces = listed.items
    .filter((w) => row.workspace === null || w.name === row.workspace)
    .map((w): WorkspaceSummary => {
      // Azure names a discovery document whose `api` is the model-management host; the emulator too.
      locators.set(w.name, { id: w.id, discoveryUrl: w.properties?.discoveryUrl ?? null });
      return {
        name: w.name,
        region: w.location,
        friendlyName: w.properties?.friendlyName ?? null,
        connectionId: row.id,
        connectionName: row.name,
        ref: { subscriptionId: row.subscriptionId, resourceGroup: row.resourceGroup, workspace: w.name },
      };
    });
  for (const item of listed.unreadable) {
    deps.logger.warn(
      { connectionId: row.id, index: item.index, name: item.name, reason: item.reason },
      "provider: a workspace of the connection could not be read",
    );
  }
  state.listed = { at: Date.now(), workspaces, locators, unreadable: listed.unreadable };
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
  return providerOf(deps, found);
}

/** The provider of a workspace its connection listed (no other connection is asked). */
export async function providerOf(deps: ProviderDeps, found: WorkspaceSummary): Promise<WorkspaceProvider> {
  const state = deps.providerClients.get(found.connectionId);
  if (!state) throw ApiError.notFound();
  const locator = state.listed?.locators.get(found.name) ?? { id: found.name, discoveryUrl: null };
  const { client, tokenClient, host } = await workspaceClients(deps, state, found.name, locator);
  return { ...found, client, tokenClient, apiHost: host };
}

/**
 * The workspaces each connection's last listing could not read (by connection id), for the sync's
 * report: an unreadable workspace is counted and named, never hides the others.
 */
export function unreadableWorkspaces(deps: ProviderDeps): Map<string, UnreadableItem[]> {
  const out = new Map<string, UnreadableItem[]>();
  for (const [connectionId, state] of deps.providerClients) {
    if (state.listed && state.listed.unreadable.length > 0) out.set(connectionId, state.listed.unreadable);
  }
  return out;
}

/** Drops cached credentials, clients and workspace lists (after a connection changes). */
export function forgetProviders(deps: ProviderDeps): void {
  deps.providerClients.clear();
}
