import { ManagedIdentityCredential } from "@azure/identity";
import { ENTRA_SCORING_SCOPE } from "@keyturn/auth-domain";
import { createOnlineEndpointsClient, type OnlineEndpointsClient } from "@keyturn/azureml-rest";
import { eq } from "drizzle-orm";
import { connections } from "../db/schema.ts";
import { ApiError } from "../errors/api-error.ts";
import { createIssuerFetch } from "../http/issuer-fetch.ts";
import { type AccessTokenSource, fromTokenCredential, tokenSources } from "./access-token.ts";
import { hostPolicy } from "./allowed-hosts.ts";
import { type ConnectionCredential, readConnectionCredential } from "./connection-credential.ts";
import { guardedFetch } from "./guarded-fetch.ts";
import { observedFetch } from "./provider-fetch.ts";
import {
  type ConnectionState,
  listWorkspaces,
  type ProviderDeps,
  type WorkspaceSummary,
} from "./workspace-provider.ts";

/**
 * A workspace's v2 clients (decision 012): `endpoints` with the connection's main identity, `reader`
 * with its least-privilege identity (AML tokens), and two token sources for the data plane.
 */
export interface EndpointProvider extends WorkspaceSummary {
  /** Resource Manager's base URL for this workspace (what client code outside the console calls). */
  armBaseUrl: string;
  endpoints: OnlineEndpointsClient;
  reader: OnlineEndpointsClient;
  /** The main identity's Entra token for `https://ml.azure.com` (an AADToken endpoint's test call). */
  scoringToken: AccessTokenSource;
  /**
   * A real Entra token of another audience (Resource Manager), from the reader identity only: the
   * wrong-audience check. Null when the connection has no reader identity of its own, so that the
   * main identity's management token is never sent to a scoring URI.
   */
  wrongAudienceToken: AccessTokenSource | null;
}

type Clients = Omit<EndpointProvider, keyof WorkspaceSummary | "armBaseUrl">;

// Built once per connection version: the state object is replaced when its connection changes.
const built = new WeakMap<ConnectionState, Clients>();

function endpointsClient(deps: ProviderDeps, state: ConnectionState, token: AccessTokenSource) {
  return createOnlineEndpointsClient({
    armBaseUrl: state.armBaseUrl,
    getAccessToken: token,
    fetch: guardedFetch(hostPolicy(deps.config), observedFetch(deps, globalThis.fetch)),
    timeoutMs: deps.config.provider.timeoutMs,
    poll: {
      intervalMs: deps.config.provider.operationPollMs,
      timeoutMs: deps.config.provider.operationWaitMs,
    },
  });
}

/** The credential's token source for Azure ML's data plane (`https://ml.azure.com/.default`). */
function scoringTokenSource(deps: ProviderDeps, credential: ConnectionCredential, armBaseUrl: string) {
  const hosts = hostPolicy(deps.config);
  if (credential.kind === "client_secret") {
    const value = { ...credential.value, scope: ENTRA_SCORING_SCOPE };
    return tokenSources(
      { kind: "client_secret", value },
      {
        config: deps.config.provider,
        issuerFetch: observedFetch(deps, createIssuerFetch(deps.config.auth.caFile)),
        hosts,
        armBaseUrl,
      },
    ).main;
  }
  const c = credential.value;
  const identity = c.clientId
    ? new ManagedIdentityCredential({ clientId: c.clientId })
    : new ManagedIdentityCredential();
  return fromTokenCredential(identity, ENTRA_SCORING_SCOPE);
}

const hasOwnReader = (credential: ConnectionCredential) =>
  credential.kind === "client_secret"
    ? credential.value.reader !== undefined
    : credential.value.reader !== undefined;

async function clientsOf(deps: ProviderDeps, state: ConnectionState, connectionId: string) {
  const known = built.get(state);
  if (known) return known;
  const [row] = await deps.database.db.select().from(connections).where(eq(connections.id, connectionId));
  if (!row) throw ApiError.notFound();
  const credential = readConnectionCredential(deps.keys.masterKey, row);
  const clients: Clients = {
    endpoints: endpointsClient(deps, state, state.sources.main),
    reader: endpointsClient(deps, state, state.sources.reader),
    scoringToken: scoringTokenSource(deps, credential, state.armBaseUrl),
    wrongAudienceToken: hasOwnReader(credential) ? state.sources.reader : null,
  };
  built.set(state, clients);
  return clients;
}

/** The v2 provider of one workspace by name; an unknown name is looked up once more, then 404. */
export async function getEndpointProvider(deps: ProviderDeps, workspace: string): Promise<EndpointProvider> {
  let found = (await listWorkspaces(deps)).find((w) => w.name === workspace);
  found ??= (await listWorkspaces(deps, { fresh: true })).find((w) => w.name === workspace);
  if (!found) throw ApiError.notFound(`No workspace named "${workspace.slice(0, 100)}" in any connection.`);
  return endpointProviderOf(deps, found);
}

/** The v2 provider of a workspace its connection listed (no other connection is asked). */
export async function endpointProviderOf(
  deps: ProviderDeps,
  found: WorkspaceSummary,
): Promise<EndpointProvider> {
  const state = deps.providerClients.get(found.connectionId);
  if (!state) throw ApiError.notFound();
  return { ...found, armBaseUrl: state.armBaseUrl, ...(await clientsOf(deps, state, found.connectionId)) };
}
