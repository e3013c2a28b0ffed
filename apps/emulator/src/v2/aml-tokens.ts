import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import { importSigningKey } from "../secrets/signing-keys.ts";
import type { WorkspaceRecord } from "../state/schema.ts";
import type { EndpointRecord } from "./state.ts";

/** ARM's EndpointAuthToken: times in epoch seconds (UTC). */
export interface EndpointAuthToken {
  accessToken: string;
  tokenType: "Bearer";
  expiryTimeUtc: number;
  refreshAfterTimeUtc: number;
}

/**
 * An AML token for one endpoint: ES256, signed with the workspace's key, issuer the workspace and
 * audience the endpoint's id, so the v1 token verifier (WorkspaceTokens.verify) checks it as it
 * checks a service's. Refresh after half the lifetime.
 */
export async function issueEndpointToken(
  workspace: WorkspaceRecord,
  endpoint: EndpointRecord,
  subject: string,
  lifetimeSeconds: number,
): Promise<EndpointAuthToken> {
  const key = importSigningKey(workspace.signingKey);
  const now = Math.floor(Date.now() / 1000);
  const expiry = now + lifetimeSeconds;
  const accessToken = await new SignJWT({ ver: "2.0" })
    .setProtectedHeader({ alg: "ES256", kid: key.kid, typ: "JWT" })
    .setIssuer(workspace.id)
    .setAudience(endpoint.id)
    .setSubject(subject)
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(expiry)
    .setJti(randomUUID())
    .sign(key.privateKey);
  return {
    accessToken,
    tokenType: "Bearer",
    expiryTimeUtc: expiry,
    refreshAfterTimeUtc: now + Math.floor(lifetimeSeconds / 2),
  };
}
