import { createRemoteJWKSet, customFetch, type JWTVerifyGetKey } from "jose";
import { z } from "zod";
import type { FetchLike } from "../http/issuer-fetch.ts";

const DiscoverySchema = z.object({ issuer: z.string(), jwks_uri: z.url() });

export interface RemoteKeysOptions {
  issuer: string;
  /** null: read `jwks_uri` from `<issuer>/.well-known/openid-configuration`. */
  jwksUrl: string | null;
  fetch: FetchLike;
}

/**
 * The issuer's signing keys: jose's remote JWKS (cached, refetched on an unknown `kid` at most every
 * 30 s). The JWKS URL comes from config or from discovery (whose `issuer` must match, OIDC
 * Discovery §4.3); a failed discovery is retried on the next request.
 */
export function createRemoteKeys(options: RemoteKeysOptions): JWTVerifyGetKey {
  let remote: Promise<JWTVerifyGetKey> | undefined;

  const build = async (): Promise<JWTVerifyGetKey> => {
    const url = options.jwksUrl ?? (await discoverJwksUri(options));
    return createRemoteJWKSet(new URL(url), {
      timeoutDuration: 5_000,
      cooldownDuration: 30_000,
      cacheMaxAge: 10 * 60_000,
      [customFetch]: (resource, init) => options.fetch(resource, init),
    });
  };

  return async (header, token) => {
    remote ??= build().catch((err: unknown) => {
      remote = undefined;
      throw err;
    });
    const getKey = await remote;
    return getKey(header, token);
  };
}

async function discoverJwksUri(options: RemoteKeysOptions): Promise<string> {
  const url = `${options.issuer}/.well-known/openid-configuration`;
  const response = await options.fetch(url, { signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`discovery answered ${response.status}`);
  const doc = DiscoverySchema.parse(await response.json());
  if (doc.issuer.replace(/\/$/, "") !== options.issuer) {
    throw new Error("discovery document names another issuer");
  }
  return doc.jwks_uri;
}
