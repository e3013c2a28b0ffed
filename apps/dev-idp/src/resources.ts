/// <reference path="./oidc-provider.d.ts" />
import { type ClientLike, errors, type KoaContextWithOIDC } from "oidc-provider";
import {
  API_AUDIENCE,
  API_SCOPE,
  CONSOLE_CLIENT_ID,
  findServicePrincipal,
  MANAGEMENT_AUDIENCE,
  MANAGEMENT_SCOPE,
} from "./constants.ts";

/**
 * Resource servers, Entra style: the client names the API through its scope
 * (`api://keyturn/access_as_user`, `https://management.azure.com/.default`), not through a
 * `resource` parameter, so the resource is derived from the scope. Each client may reach one API.
 */
export function resourceIndicators(accessTokenTtlSeconds: number) {
  return {
    enabled: true,
    defaultResource(ctx: KoaContextWithOIDC, client: ClientLike, oneOf?: string[]) {
      if (oneOf) return oneOf;
      const scopes = ctx.oidc.params.scope?.split(" ") ?? [];
      if (scopes.some((scope) => scope.startsWith(`${API_AUDIENCE}/`))) return API_AUDIENCE;
      if (scopes.includes(MANAGEMENT_SCOPE)) return MANAGEMENT_AUDIENCE;
      // Entra refuses an app-only token request that names no resource; so do we.
      if (findServicePrincipal(client.clientId)) {
        throw new errors.InvalidScope(`scope must be ${MANAGEMENT_SCOPE}`, ctx.oidc.params.scope);
      }
      return undefined;
    },
    // MSAL sends no `resource` at the token endpoint; reuse the one granted at authorization, or
    // oidc-provider would issue an opaque userinfo token instead of the API's JWT.
    useGrantedResource: () => true,
    getResourceServerInfo(_ctx: KoaContextWithOIDC, resource: string, client: ClientLike) {
      const common = { accessTokenFormat: "jwt", accessTokenTTL: accessTokenTtlSeconds };
      if (resource === API_AUDIENCE && client.clientId === CONSOLE_CLIENT_ID) {
        return { ...common, scope: API_SCOPE, audience: API_AUDIENCE };
      }
      if (resource === MANAGEMENT_AUDIENCE && findServicePrincipal(client.clientId)) {
        return { ...common, scope: MANAGEMENT_SCOPE, audience: MANAGEMENT_AUDIENCE };
      }
      throw new errors.InvalidTarget(`resource ${resource} is not available to ${client.clientId}`);
    },
  };
}
