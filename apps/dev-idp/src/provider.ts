/// <reference path="./oidc-provider.d.ts" />
import { randomBytes } from "node:crypto";
import Provider, { type ClientLike, interactionPolicy, type KoaContextWithOIDC } from "oidc-provider";
import { type ClientSecrets, consoleClient, servicePrincipalClients } from "./clients.ts";
import { CONSOLE_CLIENT_ID } from "./constants.ts";
import { pageHeaders } from "./html.ts";
import type { Logger } from "./logger.ts";
import { errorPage, logoutPage, signedOutPage } from "./pages.ts";
import { findPersonaByEmail } from "./personas.ts";
import { resourceIndicators } from "./resources.ts";
import type { SigningJwks } from "./signing-keys.ts";
import { CLAIMS, findAccount, tokenClaims } from "./token-claims.ts";

export interface ProviderOptions {
  issuer: string;
  jwks: SigningJwks;
  consoleOrigins: readonly string[];
  accessTokenTtlSeconds: number;
  secrets: ClientSecrets;
  logger: Logger;
  /** Entra v2 access tokens for the API: `aud` = the API's client id, `ver: "2.0"` (server.ts). */
  entraV2?: { apiAudience: string };
}

const DAY = 24 * 60 * 60;

export function createProvider(options: ProviderOptions): Provider {
  const { consoleOrigins, accessTokenTtlSeconds: accessTtl } = options;
  const headers = pageHeaders(consoleOrigins);
  const render = (ctx: KoaContextWithOIDC, html: string) => {
    for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
    ctx.body = html;
  };

  const provider = new Provider(options.issuer, {
    // No adapter: grants, sessions, codes and refresh tokens live in oidc-provider's in-memory store.
    // A restart signs everyone out of dev-idp (the console signs in again); only the TLS certificate
    // and the signing keys are persisted, so tokens other services hold still verify.
    clients: [consoleClient(consoleOrigins), ...servicePrincipalClients(options.secrets)],
    jwks: options.jwks,
    // Sessions die with the process anyway, so per-process cookie keys lose nothing.
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    claims: CLAIMS,
    scopes: ["openid", "profile", "offline_access"],
    conformIdTokenClaims: false,
    findAccount,
    extraTokenClaims: tokenClaims(options.entraV2 ? { v2Audience: options.entraV2.apiAudience } : {}),
    responseTypes: ["code"],
    clientBasedCORS: (_ctx: KoaContextWithOIDC, origin: string, client: ClientLike) =>
      client.clientId === CONSOLE_CLIENT_ID && consoleOrigins.includes(origin),
    // oidc-provider drops `offline_access` unless prompt=consent, then issues no refresh token.
    // Entra gives SPAs refresh tokens regardless, so do the same for any client allowed the grant.
    issueRefreshToken: async (_ctx: KoaContextWithOIDC, client: ClientLike) =>
      client.grantTypeAllowed("refresh_token"),
    // Signing out ends the refresh tokens of that sign-in.
    expiresWithSession: async () => true,
    interactions: {
      policy: loginHintAwarePolicy(),
      url: (_ctx: KoaContextWithOIDC, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
    },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: resourceIndicators(accessTtl, options.entraV2?.apiAudience),
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: KoaContextWithOIDC, form: string) =>
          render(ctx, logoutPage(form, ctx.host)),
        postLogoutSuccessSource: async (ctx: KoaContextWithOIDC) => render(ctx, signedOutPage()),
      },
    },
    renderError: async (ctx: KoaContextWithOIDC, out: Record<string, unknown>) => render(ctx, errorPage(out)),
    ttl: {
      AccessToken: accessTtl,
      ClientCredentials: accessTtl,
      AuthorizationCode: 60,
      IdToken: 60 * 60,
      Interaction: 10 * 60,
      Session: DAY,
      Grant: 7 * DAY,
      // Entra caps an SPA's refresh-token chain at 24 h; a rotated token inherits what is left.
      RefreshToken: (ctx: KoaContextWithOIDC | undefined) =>
        ctx?.oidc?.entities.RotatedRefreshToken?.remainingTTL ?? DAY,
    },
  });

  provider.on("server_error", (_ctx, error) => options.logger.error({ err: error }, "oidc-provider error"));
  for (const event of ["grant.error", "authorization.error", "end_session.error"]) {
    provider.on(event, (_ctx, error) => options.logger.info({ err: error, event }, "request refused"));
  }
  return provider;
}

/**
 * The base policy, plus: a login_hint naming another persona than the signed-in one asks for a new
 * sign-in (as Entra does) instead of silently returning tokens for the session's account.
 */
function loginHintAwarePolicy() {
  const { base, Check } = interactionPolicy;
  const policy = base();
  policy.get("login")?.checks.add(
    new Check("login_hint_mismatch", "login_hint names another account", (ctx) => {
      const hint = ctx.oidc.params.login_hint;
      const accountId = ctx.oidc.session?.accountId;
      if (!hint || !accountId || ctx.oidc.result?.login) return Check.NO_NEED_TO_PROMPT;
      return findPersonaByEmail(hint)?.oid === accountId ? Check.NO_NEED_TO_PROMPT : Check.REQUEST_PROMPT;
    }),
  );
  return policy;
}
