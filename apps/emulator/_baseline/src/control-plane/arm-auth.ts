import { createMiddleware } from "hono/factory";
import { decodeProtectedHeader, errors } from "jose";
import type { AppEnv, EmulatorContext } from "../context.ts";
import { EmulatorError } from "../errors.ts";
import { bearerCredential } from "../http/bearer.ts";

function unauthenticated(issuer: string, message: string, tokenPresented: boolean): EmulatorError {
  const challenge = tokenPresented
    ? `Bearer authorization_uri="${issuer}", error="invalid_token", error_description="${message}"`
    : `Bearer authorization_uri="${issuer}"`;
  return new EmulatorError(401, "unauthenticated", message, { "WWW-Authenticate": challenge });
}

const claim = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/**
 * Requires an access token from the identity provider for the Azure management audience, and sets
 * the caller (`principal`) with the role assigned to its application id.
 */
export function armAuth(ctx: Pick<EmulatorContext, "idp" | "config" | "logger">) {
  const { idpIssuer, roleAssignments } = ctx.config;
  return createMiddleware<AppEnv>(async (c, next) => {
    const token = bearerCredential(c.req.header("authorization"));
    if (!token) throw unauthenticated(idpIssuer, "An Authorization: Bearer access token is required.", false);
    // Something that is not a JWS at all is refused without asking the identity provider.
    try {
      decodeProtectedHeader(token);
    } catch {
      throw unauthenticated(idpIssuer, "The access token is not a JWT.", true);
    }
    let payload: Awaited<ReturnType<typeof ctx.idp.verify>>;
    try {
      payload = await ctx.idp.verify(token);
    } catch (err) {
      if (
        err instanceof errors.JOSEError &&
        !(err instanceof errors.JWKSTimeout) &&
        !(err instanceof errors.JWKSInvalid)
      ) {
        throw unauthenticated(idpIssuer, "The access token is invalid.", true);
      }
      ctx.logger.warn({ err }, "could not verify an access token against the identity provider");
      throw new EmulatorError(
        503,
        "idp_unavailable",
        "The identity provider could not be reached to verify the token.",
      );
    }
    // Entra app-only tokens carry `appid` (v1) or `azp` (v2).
    const appId = claim(payload.appid) ?? claim(payload.azp);
    if (!appId) throw unauthenticated(idpIssuer, "The access token names no application (appid).", true);
    const role = Object.hasOwn(roleAssignments, appId) ? (roleAssignments[appId] ?? null) : null;
    c.set("principal", { appId, objectId: claim(payload.oid), role });
    await next();
  });
}
