import { safeText } from "@keyturn/auth-domain";
import type { JWTPayload } from "jose";
import { z } from "zod";

/** Who is calling, taken ONLY from a verified access token (never from request headers). */
export interface Identity {
  /** Entra object id (`oid`); `sub` when the issuer sends no `oid`. */
  oid: string;
  tid: string | null;
  sub: string;
  name: string;
  /** `preferred_username` (Entra's sign-in name). */
  username: string;
  /** The `roles` claim as sent; unknown role names grant nothing (auth-domain `hasPermission`). */
  roles: string[];
  /** `auth_time` (epoch seconds) when the user last signed in interactively; null when absent. */
  authTime: number | null;
  /** `scp`, split on spaces. */
  scopes: string[];
  /** `exp` (epoch seconds). */
  expiresAt: number;
}

// Claim text is stored (audit actor, sign-ins): text PostgreSQL cannot hold makes the token invalid.
const ClaimsSchema = z.object({
  sub: safeText().min(1).max(256),
  exp: z.number().int(),
  oid: safeText().min(1).max(64).optional(),
  tid: safeText().max(64).optional(),
  name: safeText().max(200).optional(),
  preferred_username: safeText().max(200).optional(),
  roles: z.array(safeText().max(64)).max(100).optional(),
  auth_time: z.number().int().nonnegative().optional(),
  scp: safeText().max(2000).optional(),
});

/** Maps verified claims to an Identity, or null when a claim has an unexpected shape. */
export function identityFromClaims(payload: JWTPayload): Identity | null {
  const parsed = ClaimsSchema.safeParse(payload);
  if (!parsed.success) return null;
  const c = parsed.data;
  return {
    oid: c.oid ?? c.sub,
    tid: c.tid ?? null,
    sub: c.sub,
    name: c.name ?? c.preferred_username ?? c.sub,
    username: c.preferred_username ?? c.sub,
    roles: c.roles ?? [],
    authTime: c.auth_time ?? null,
    scopes: c.scp ? c.scp.split(" ").filter((s) => s !== "") : [],
    expiresAt: c.exp,
  };
}
