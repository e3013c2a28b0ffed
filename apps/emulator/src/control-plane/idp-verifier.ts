import { readFile } from "node:fs/promises";
import { createRemoteJWKSet, customFetch, type FetchImplementation, type JWTPayload, jwtVerify } from "jose";
import { Agent, fetch as undiciFetch } from "undici";
import { z } from "zod";

/** The Azure management resource: the control plane accepts only tokens issued for it. */
export const MANAGEMENT_AUDIENCE = "https://management.azure.com";

/** Asymmetric algorithms only (RFC 8725): never `none`, never an HMAC keyed with a public key. */
const ALGORITHMS = ["RS256", "PS256", "ES256"];

const DiscoverySchema = z.object({ issuer: z.string(), jwks_uri: z.url() });

export interface IdpVerifierOptions {
  issuer: string;
  ca: { pem: string } | { file: string };
  /**
   * The resource the tokens must be issued for: Resource Manager by default (the control plane);
   * `https://ml.azure.com` for Entra-token endpoints, `https://vault.azure.net` for Key Vault.
   */
  audience?: string;
}

export interface IdpVerifier {
  /** The token's claims when it is valid; throws a jose error when it is not, any other error when the IdP is unreachable. */
  verify(token: string): Promise<JWTPayload>;
  close(): Promise<void>;
}

const trimSlash = (value: string) => value.replace(/\/+$/, "");

/**
 * Verifies the identity provider's access tokens for one audience against its JWKS (found through
 * OpenID discovery).
 * The CA is read on first use, not at start, because dev-idp may create it at the same moment; a
 * failed setup is retried on the next request.
 */
export function createIdpVerifier(options: IdpVerifierOptions): IdpVerifier {
  const audience = trimSlash(options.audience ?? MANAGEMENT_AUDIENCE);
  let setup: Promise<{ keys: ReturnType<typeof createRemoteJWKSet>; issuer: string }> | undefined;
  let agent: Agent | undefined;

  async function init() {
    const ca = "pem" in options.ca ? options.ca.pem : await readFile(options.ca.file, "utf8");
    agent = new Agent({ connect: { ca } });
    const dispatcher = agent;
    const discoveryUrl = `${trimSlash(options.issuer)}/.well-known/openid-configuration`;
    const response = await undiciFetch(discoveryUrl, { dispatcher });
    if (!response.ok) throw new Error(`OpenID discovery at ${discoveryUrl} answered ${response.status}`);
    const discovery = DiscoverySchema.parse(await response.json());
    if (trimSlash(discovery.issuer) !== trimSlash(options.issuer)) {
      throw new Error(`the IdP calls itself ${discovery.issuer}, not ${options.issuer}`);
    }
    const keys = createRemoteJWKSet(new URL(discovery.jwks_uri), {
      // undici's Response type differs from the DOM one jose names; the objects are the same at run time.
      [customFetch]: ((url: string, init: RequestInit) =>
        undiciFetch(url, { ...(init as object), dispatcher })) as unknown as FetchImplementation,
    });
    return { keys, issuer: discovery.issuer };
  }

  return {
    async verify(token) {
      setup ??= init().catch((err) => {
        setup = undefined;
        void agent?.close();
        agent = undefined;
        throw err;
      });
      const { keys, issuer } = await setup;
      const { payload } = await jwtVerify(token, keys, {
        algorithms: ALGORITHMS,
        issuer,
        audience: [audience, `${audience}/`],
        requiredClaims: ["exp"],
      });
      return payload;
    },
    async close() {
      await agent?.close();
    },
  };
}
