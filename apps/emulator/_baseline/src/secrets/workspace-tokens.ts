import { randomUUID } from "node:crypto";
import type { TokenResponse } from "@keyturn/azureml-rest";
import { errors, jwtVerify, SignJWT } from "jose";
import type { ServiceRecord, WorkspaceRecord } from "../state/schema.ts";
import { sha256Text } from "./service-keys.ts";
import { importSigningKey, type SigningKeyPair } from "./signing-keys.ts";

export type TokenVerdict = "valid" | "expired" | "invalid";

interface Verified {
  audience: string;
  expiresAtMs: number;
}

const MAX_CACHED = 50_000;

/**
 * Issues and verifies the tokens of a workspace's token call. A token is verified (ES256 signature,
 * issuer, audience, exp) once; afterwards its SHA-256 is looked up, so the data plane pays one hash
 * and one map lookup per request. A cache hit still checks expiry and the audience (the service).
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
    const hash = sha256Text(token);
    const hit = this.verified.get(hash);
    if (hit) return this.judge(hit, serviceId, hash);
    return this.verifyOnce(token, hash, workspace, serviceId);
  }

  private async verifyOnce(token: string, hash: string, workspace: WorkspaceRecord, serviceId: string) {
    try {
      const { payload } = await jwtVerify(token, this.keyOf(workspace).publicKey, {
        algorithms: ["ES256"],
        issuer: workspace.id,
        audience: serviceId,
        requiredClaims: ["exp", "iat"],
      });
      this.remember(hash, { audience: serviceId, expiresAtMs: (payload.exp as number) * 1000 });
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

  private judge(hit: Verified, serviceId: string, hash: string): TokenVerdict {
    if (hit.audience !== serviceId) return "invalid";
    if (hit.expiresAtMs <= Date.now()) {
      this.verified.delete(hash);
      return "expired";
    }
    return "valid";
  }

  private remember(hash: string, entry: Verified): void {
    if (this.verified.size >= MAX_CACHED) this.evict();
    this.verified.set(hash, entry);
  }

  private evict(): void {
    const now = Date.now();
    for (const [hash, entry] of this.verified) if (entry.expiresAtMs <= now) this.verified.delete(hash);
    // Still full of live tokens: drop the oldest half (Map keeps insertion order); they re-verify.
    let excess = this.verified.size - MAX_CACHED / 2;
    for (const hash of this.verified.keys()) {
      if (excess-- <= 0) break;
      this.verified.delete(hash);
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
