/// <reference path="./oidc-provider.d.ts" />
import type { Account, KoaContextWithOIDC, TokenLike } from "oidc-provider";
import { API_AUDIENCE, findServicePrincipal, ML_SCOPE } from "./constants.ts";
import { DEV_TENANT_ID, findPersonaByOid, type Persona } from "./personas.ts";

/** Scope → claims. `oid`/`tid` ride on `openid` because MSAL builds the account from them. */
export const CLAIMS = {
  openid: ["sub", "oid", "tid"],
  profile: ["name", "preferred_username", "roles"],
};

function profileClaims(persona: Persona) {
  return {
    oid: persona.oid,
    tid: persona.tid,
    name: persona.name,
    preferred_username: persona.email,
    roles: [...persona.roles],
  };
}

/** Accounts are the personas; the account id (and so `sub`) is the persona's `oid`. */
export async function findAccount(_ctx: KoaContextWithOIDC, sub: string): Promise<Account | undefined> {
  const persona = findPersonaByOid(sub);
  if (!persona) return undefined;
  return { accountId: persona.oid, claims: () => ({ sub: persona.oid, ...profileClaims(persona) }) };
}

/**
 * Entra's `scp`: the API's scopes without the application ID URI prefix; Azure ML's `.default`
 * is delegated as `user_impersonation`, as Entra writes it.
 */
function shortScopes(scope: string | undefined): string {
  const prefix = `${API_AUDIENCE}/`;
  const scopes = (scope ?? "").split(" ");
  if (scopes.includes(ML_SCOPE)) return "user_impersonation";
  return scopes
    .filter((value) => value.startsWith(prefix))
    .map((value) => value.slice(prefix.length))
    .join(" ");
}

/**
 * Entra-shaped claims on access tokens. `auth_time` comes from the code or refresh token the access
 * token is minted from, so a step-up sign-in (max_age) shows in the next access token. With
 * `v2Audience` (the tenant-path issuer), tokens for that audience say `ver: "2.0"`, as the tokens of
 * an API registration that accepts v2 tokens do.
 */
export function tokenClaims(options: { v2Audience?: string } = {}) {
  return async (ctx: KoaContextWithOIDC, token: TokenLike) => {
    const claims = await extraTokenClaims(ctx, token);
    const v2 = options.v2Audience !== undefined && token.resourceServer?.audience === options.v2Audience;
    return claims && v2 ? { ...claims, ver: "2.0" } : claims;
  };
}

async function extraTokenClaims(ctx: KoaContextWithOIDC, token: TokenLike) {
  if (token.kind === "ClientCredentials") {
    const principal = findServicePrincipal(token.clientId);
    if (!principal) return undefined;
    return { oid: principal.oid, tid: DEV_TENANT_ID, appid: principal.clientId, roles: [] };
  }
  const persona = token.accountId ? findPersonaByOid(token.accountId) : undefined;
  if (token.kind !== "AccessToken" || !persona) return undefined;
  const { AuthorizationCode, RefreshToken } = ctx.oidc.entities;
  return {
    ...profileClaims(persona),
    scp: shortScopes(token.scope),
    auth_time: (AuthorizationCode ?? RefreshToken)?.authTime,
  };
}
