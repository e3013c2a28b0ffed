/// <reference path="./oidc-provider.d.ts" />
import { type ClientLike, errors, type KoaContextWithOIDC } from "oidc-provider";
import {
  API_AUDIENCE,
  API_SCOPE,
  CONSOLE_CLIENT_ID,
  findServicePrincipal,
  MANAGEMENT_AUDIENCE,
  MANAGEMENT_SCOPE,
  ML_AUDIENCE,
  ML_SCOPE,
} from "./constants.ts";

/**
 * Resource servers, Entra style: the client names the API through its scope
 * (`api://keyturn/access_as_user`, `https://management.azure.com/.default`,
 * `https://ml.azure.com/.default`), not through a `resource` parameter, so the resource is derived
 * from the scope. The console reaches the API and Azure ML (its users' scoring tokens); service
 * principals reach management and Azure ML.
 */
export function resourceIndicators(accessTokenTtlSeconds: number, apiAudience: string = API_AUDIENCE) {
  return {
    enabled: true,
    defaultResource(ctx: KoaContextWithOIDC, client: ClientLike, oneOf?: string[]) {
      if (oneOf) return oneOf;
      const scopes = ctx.oidc.params.scope?.split(" ") ?? [];
      if (scopes.some((scope) => scope.startsWith(`${API_AUDIENCE}/`))) return API_AUDIENCE;
      if (scopes.includes(MANAGEMENT_SCOPE)) return MANAGEMENT_AUDIENCE;
      if (scopes.includes(ML_SCOPE)) return ML_AUDIENCE;
      if (scopes.includes("https://vault.azure.net/.default")) return "https://vault.azure.net";
      // Entra refuses an app-only token request that names no resource; so do we.
      if (findServicePrincipal(client.clientId)) {
        throw new errors.InvalidScope(
          `scope must be ${MANAGEMENT_SCOPE} or ${ML_SCOPE}`,
          ctx.oidc.params.scope,
        );
      }
      return undefined;
    },
    // MSAL sends no `resource` at the token endpoint; reuse the one granted at authorization, or
    // oidc-provider would issue an opaque userinfo token instead of the API's JWT.
    useGrantedResource: () => true,
    getResourceServerInfo(_ctx: KoaContextWithOIDC, resource: string, client: ClientLike) {
      const common = { accessTokenFormat: "jwt", accessTokenTTL: accessTokenTtlSeconds };
      if (resource === API_AUDIENCE && client.clientId === CONSOLE_CLIENT_ID) {
        return { ...common, scope: API_SCOPE, audience: apiAudience };
      }
      if (resource === MANAGEMENT_AUDIENCE && findServicePrincipal(client.clientId)) {
        return { ...common, scope: MANAGEMENT_SCOPE, audience: MANAGEMENT_AUDIENCE };
      }
      if (
        resource === ML_AUDIENCE &&
        (client.clientId === CONSOLE_CLIENT_ID || findServicePrincipal(client.clientId))
      ) {
        return { ...common, scope: ML_SCOPE, audience: ML_AUDIENCE };
      }
      // Key Vault, for service principals: the BFF publishes keys there, callers read them.
      if (resource === "https://vault.azure.net" && findServicePrincipal(client.clientId))
        return { ...common, scope: "https://vault.azure.net/.default", audience: resource };
      throw new errors.InvalidTarget(`resource ${resource} is not available to ${client.clientId}`);
    },
  };
}
