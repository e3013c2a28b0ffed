import type { JWTPayload } from "jose";

/**
 * Entra's single-tenant v2 issuer: `https://<sign-in host>/<tenant id>/v2.0` (public cloud, a
 * sovereign cloud's host, or dev-idp serving the same path). Decision record 017.
 */
const TENANT_ISSUER =
  /^https:\/\/[^/]+\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/v2\.0\/?$/i;

/** The tenant id an issuer names, lower-cased; null when the issuer is not tenant-shaped. */
export function tenantOfIssuer(issuer: string): string | null {
  return TENANT_ISSUER.exec(issuer)?.[1]?.toLowerCase() ?? null;
}

/**
 * Whether a verified token belongs to the issuer's tenant. Entra signs every tenant's tokens with the
 * same keys, so `iss` alone says which tenant vouches; `tid` must agree with it (a guest signs in
 * through this tenant, so its `tid` is this tenant too). Issuers that name no tenant pass.
 */
export function belongsToTenant(payload: JWTPayload, tenant: string | null): boolean {
  if (tenant === null) return true;
  return typeof payload.tid === "string" && payload.tid.toLowerCase() === tenant;
}
