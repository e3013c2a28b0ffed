import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createLocalJWKSet, type JWTPayload, jwtVerify } from "jose";
import { type DevIdp, type StartDevIdpOptions, startDevIdp } from "../src/index.ts";
import { trustedFetch } from "../src/testing/http.ts";

export const CONSOLE_ORIGIN = "http://localhost:8080";

export interface TestIdp extends DevIdp {
  dataDir: string;
  /** Stops the server and deletes its data folder. */
  dispose(): Promise<void>;
}

/** A real dev-idp on a random loopback port with a fresh data folder. */
export async function startTestIdp(options: StartDevIdpOptions = {}): Promise<TestIdp> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), "keyturn-dev-idp-")));
  const idp = await startDevIdp({ port: 0, ...options, dataDir });
  return {
    ...idp,
    dataDir,
    dispose: async () => {
      await idp.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function fetchJson(idp: DevIdp, url: string): Promise<unknown> {
  const http = trustedFetch(idp.caCertPem);
  try {
    const response = await http(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return await response.json();
  } finally {
    await http.close();
  }
}

/** Verifies a JWT the way the BFF will: the issuer's JWKS, RS256 only, issuer and audience pinned. */
export async function verifyJwt(idp: DevIdp, token: string, audience: string): Promise<JWTPayload> {
  const jwks = (await fetchJson(idp, `${idp.issuer}/jwks`)) as Parameters<typeof createLocalJWKSet>[0];
  const { payload } = await jwtVerify(token, createLocalJWKSet(jwks), {
    issuer: idp.issuer,
    audience,
    algorithms: ["RS256"],
    requiredClaims: ["exp", "iat", "sub"],
  });
  return payload;
}
