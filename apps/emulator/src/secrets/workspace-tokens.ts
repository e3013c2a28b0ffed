import { randomUUID } from "node:crypto";
import type { TokenResponse } from "@keyturn/azureml-rest";
import { errors, jwtVerify, SignJWT } from "jose";
import type { ServiceRecord, WorkspaceRecord } from "../state/schema.ts";
import { importSigningKey, type SigningKeyPair } from "./signing-keys.ts";

export type TokenVerdict = "valid" | "expired" | "invalid";

interface Verified {
  /** The whole verified token: a hit must equal it exactly. */
  token: string;
  /** The service it was verified for (its audience). */
  audience: string;
  expiresAtMs: number;
}

const MAX_CACHED = 50_000;

/**
 * How much of a token's end keys the cache: 43 characters of base64url, 256 bits of the ES256
 * signature (its last 64 bytes are 86 characters).
 */
const LOOKUP_CHARS = 43;

/**
 * Issues and verifies the tokens of a workspace's token call. A token is verified (ES256 signature,
 * issuer, audience, exp) once and cached until it expires; a cache hit still checks expiry and the
 * audience (the service). The data plane pays one short map lookup and one string comparison per
 * request, no hashing of the ~800-character token.
 *
 * The cache, and what it means for security:
 * - It is keyed by the token's last 43 characters (the end of its signature) and holds the whole
 *   token; a hit counts only if the presented token equals the cached one character for character.
 *   A token that reuses a verified token's signature with other claims is therefore a miss, and is
 *   verified (and refused) like any new token.
 * - That comparison is ordinary string equality, not constant-time. It runs only for a caller who
 *   presents 256 bits of a verified token's signature, which exist nowhere but in that token; a
 *   caller without the token gets a miss whose timing does not depend on the cached tokens (the map
 *   compares stored keys only on a match of V8's randomly seeded string hash). So timing tells an
 *   outsider nothing, as with the SHA-256 digests this replaces, without a native call per request.
 * - It holds tokens, not digests: the same process holds each workspace's private signing key, which
 *   mints any token, so a reader of this memory gains nothing from the cached tokens. The cache is
 *   never written, logged or sent anywhere, and is bounded (MAX_CACHED, expired entries go first).
 */
export class WorkspaceTokens {
  private readonly keys = new Map<string, SigningKeyPair>();
  private readonly verified = new Map<string, Verified>();

  constructor(private readonly lifetimeSeconds: number) {}

  async issue(workspace: WorkspaceRecord, service: ServiceRecord, subject: string): Promise<TokenResponse> {
    const key = this.keyOf(workspace);
    const now = Math.floor(Date.now() / 1000);
    const expiryOn = now + this.lifetimeSeconds;
    const accessToken = await new SignJWT({ ver: "1.0" })
      .setProtectedHeader({ alg: "ES256", kid: key.kid, typ: "JWT" })
      .setIssuer(workspace.id)
      .setAudience(service.id)
      .setSubject(subject)
      .setIssuedAt(now)
      .setNotBefore(now)
      .setExpirationTime(expiryOn)
      .setJti(randomUUID())
      .sign(key.privateKey);
    return {
      accessToken,
      tokenType: "Bearer",
      refreshAfter: now + Math.floor(this.lifetimeSeconds / 2),
      expiryOn,
    };
  }

  /** Synchronous on a cache hit (the hot path); a first sight is verified asynchronously. */
  verify(token: string, workspace: WorkspaceRecord, serviceId: string): TokenVerdict | Promise<TokenVerdict> {
    const lookup = token.length > LOOKUP_CHARS ? token.slice(-LOOKUP_CHARS) : token;
    const hit = this.verified.get(lookup);
    if (hit !== undefined && hit.token === token) return this.judge(hit, serviceId, lookup);
    return this.verifyOnce(token, lookup, workspace, serviceId);
  }

  private async verifyOnce(token: string, lookup: string, workspace: WorkspaceRecord, serviceId: string) {
    try {
      const { payload } = await jwtVerify(token, this.keyOf(workspace).publicKey, {
        algorithms: ["ES256"],
        issuer: workspace.id,
        audience: serviceId,
        requiredClaims: ["exp", "iat"],
      });
      this.remember(lookup, { token, audience: serviceId, expiresAtMs: (payload.exp as number) * 1000 });
      return "valid" as const;
    } catch (err) {
      return err instanceof errors.JWTExpired ? ("expired" as const) : ("invalid" as const);
    }
  }

  /** Forgets verified tokens and loaded keys (after a reset, keys and services are new). */
  clear(): void {
    this.keys.clear();
    this.verified.clear();
  }

  private judge(hit: Verified, serviceId: string, lookup: string): TokenVerdict {
    if (hit.audience !== serviceId) return "invalid";
    if (hit.expiresAtMs <= Date.now()) {
      this.verified.delete(lookup);
      return "expired";
    }
    return "valid";
  }

  private remember(lookup: string, entry: Verified): void {
    if (this.verified.size >= MAX_CACHED) this.evict();
    // Delete first, so a re-verified token moves to the end (eviction drops the oldest first).
    this.verified.delete(lookup);
    this.verified.set(lookup, entry);
  }

  private evict(): void {
    const now = Date.now();
    for (const [lookup, entry] of this.verified) if (entry.expiresAtMs <= now) this.verified.delete(lookup);
    // Still full of live tokens: drop the oldest half (Map keeps insertion order); they re-verify.
    let excess = this.verified.size - MAX_CACHED / 2;
    for (const lookup of this.verified.keys()) {
      if (excess-- <= 0) break;
      this.verified.delete(lookup);
    }
  }

  private keyOf(workspace: WorkspaceRecord): SigningKeyPair {
    let key = this.keys.get(workspace.id);
    if (!key || key.kid !== workspace.signingKey.kid) {
      key = importSigningKey(workspace.signingKey);
      this.keys.set(workspace.id, key);
    }
    return key;
  }
}
