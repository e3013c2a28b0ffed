import { createOnlineEndpointsClient } from "@keyturn/azureml-rest";
import type { SecretsHarness } from "../../../test/support/secrets-harness.ts";
import { wsRef } from "../../../test/support/secrets-harness.ts";

// What the endpoints' route tests share: the emulator's v2 control plane seen straight (the tests'
// own view of the truth, never the BFF's), and the typed routes under one endpoint.

export async function directEndpoints(h: SecretsHarness) {
  const { token } = await h.fx.directClient();
  const client = createOnlineEndpointsClient({
    armBaseUrl: h.fx.emulator.url,
    getAccessToken: async () => token,
  });
  return {
    client,
    get: (ws: string, name: string) => client.getEndpoint(wsRef(ws), name),
    keys: (ws: string, name: string) => client.listEndpointKeys(wsRef(ws), name),
    token: (ws: string, name: string) => client.getEndpointToken(wsRef(ws), name),
  };
}

export const endpointParam = (workspace: string, name: string) => ({ param: { workspace, name } });

/** The typed routes under `/api/endpoints/{workspace}/{name}` as `who`. */
export const endpointRoutes = (h: SecretsHarness, who: Parameters<SecretsHarness["client"]>[0]) =>
  h.client(who).api.endpoints[":workspace"][":name"];

/** The endpoint's ETag as the BFF answers it (the If-Match of an auth change). */
export async function endpointEtag(h: SecretsHarness, ws: string, name: string) {
  const response = await endpointRoutes(h, "operator").$get(endpointParam(ws, name));
  const etag = response.headers.get("etag");
  if (response.status !== 200 || !etag) throw new Error(`GET endpoint ${ws}/${name}: ${response.status}`);
  return etag;
}

/** The endpoint keys' ETag as the BFF answers it (the If-Match of a regeneration). */
export async function endpointKeysEtag(h: SecretsHarness, ws: string, name: string) {
  const response = await endpointRoutes(h, "operator").keys.$get(endpointParam(ws, name));
  const etag = response.headers.get("etag");
  if (response.status !== 200 || !etag)
    throw new Error(`GET endpoint keys ${ws}/${name}: ${response.status}`);
  return etag;
}
