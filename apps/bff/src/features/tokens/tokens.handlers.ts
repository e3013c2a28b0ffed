import { secondsUntilExpiry, secondsUntilRefresh, toEpochSeconds, tokenState } from "@keyturn/auth-domain";
import { decodeJwt } from "jose";
import { fingerprint } from "../../crypto/fingerprint.ts";
import { getWorkspaceProvider } from "../../provider/workspace-provider.ts";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import { auditedCall, auditScope } from "../audit/public.ts";
import { serviceToken } from "./service-token.ts";
import type { getToken, revealToken } from "./tokens.routes.ts";

export const get: AppRouteHandler<typeof getToken> = async (c) => {
  const { workspace, name } = c.req.valid("param");
  const deps = c.var.deps;
  const provider = await getWorkspaceProvider(deps, workspace);
  const got = await auditedCall(
    auditScope(c, { action: "token.get", target: { workspace: provider.name, deployment: name } }),
    async () => {
      const result = await serviceToken(deps, provider, name);
      return { ...result, fingerprint: fingerprint(deps.keys.pepper, result.token.accessToken) };
    },
    { successDetails: (r) => ({ fingerprint: r.fingerprint, cached: r.cached, latencyMs: r.latencyMs }) },
  );
  const { token } = got;
  const now = toEpochSeconds(deps.now());
  return c.json(
    {
      workspace: provider.name,
      deployment: name,
      tokenType: token.tokenType,
      refreshAfter: token.refreshAfter,
      expiryOn: token.expiryOn,
      state: tokenState(token, now),
      secondsUntilRefresh: secondsUntilRefresh(token, now),
      secondsUntilExpiry: secondsUntilExpiry(token, now),
      claims: claimsOf(token.accessToken),
      fingerprint: got.fingerprint,
      latencyMs: got.latencyMs,
      region: got.region,
      cached: got.cached,
      fetchedAt: got.fetchedAt.toISOString(),
    },
    200,
  );
};

export const reveal: AppRouteHandler<typeof revealToken> = async (c) => {
  const { workspace, name } = c.req.valid("param");
  const deps = c.var.deps;
  const provider = await getWorkspaceProvider(deps, workspace);
  const got = await auditedCall(
    auditScope(c, { action: "token.reveal", target: { workspace: provider.name, deployment: name } }),
    async () => {
      const { token } = await serviceToken(deps, provider, name);
      return { token, fingerprint: fingerprint(deps.keys.pepper, token.accessToken) };
    },
    { successDetails: (r) => ({ fingerprint: r.fingerprint }) },
  );
  c.header("Cache-Control", "no-store");
  c.header("Pragma", "no-cache");
  const { token } = got;
  return c.json(
    {
      tokenType: token.tokenType,
      fingerprint: got.fingerprint,
      expiryOn: token.expiryOn,
      accessToken: token.accessToken,
    },
    200,
  );
};

/** The claims of a JWT, decoded only (the workspace verifies its own tokens); null when not a JWT. */
function claimsOf(token: string): Record<string, unknown> | null {
  try {
    return { ...decodeJwt(token) };
  } catch {
    return null;
  }
}
