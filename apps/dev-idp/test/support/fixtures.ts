import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createLocalJWKSet, type JWTPayload, jwtVerify } from "jose";
import { test as base } from "vitest";
import {
  type DevIdp,
  type SignInOptions,
  type StartDevIdpOptions,
  signInAs,
  startDevIdp,
} from "../../src/index.ts";
import { tokenRequest, trustedFetch } from "../../src/testing/http.ts";

export const CONSOLE_ORIGIN = "http://localhost:8080";

export interface TestIdp extends DevIdp {
  dataDir: string;
  /** Stops the server (again: nothing). */
  close(): Promise<void>;
  /** Stops the server and deletes its data folder. */
  dispose(): Promise<void>;
}

/** A real dev-idp on a random loopback port with a fresh data folder. */
export async function startTestIdp(options: StartDevIdpOptions = {}): Promise<TestIdp> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), "keyturn-dev-idp-")));
  const idp = await startDevIdp({ port: 0, ...options, dataDir });
  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= idp.close();
    return closed;
  };
  return {
    ...idp,
    dataDir,
    close,
    dispose: async () => {
      await close();
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

/**
 * `it` with a real dev-idp as fixtures. File-wide (started at the first test that asks, stopped
 * after the file's last): `idp`, started with `idpOptions` (a file may override them), `http`, a
 * client that trusts its certificate, `token`, a request to its token endpoint, and `signIn`, a
 * persona's sign-in through the authorization code flow (signInAs). Per test:
 * `startIdp`, another identity provider (same options, laid under the given ones), stopped and
 * deleted after the test.
 */
export const it = base
  .extend("idpOptions", { scope: "file" }, {} as StartDevIdpOptions)
  .extend("idp", { scope: "file" }, async ({ idpOptions }, { onCleanup }) => {
    const idp = await startTestIdp(idpOptions);
    onCleanup(() => idp.dispose());
    return idp;
  })
  .extend("http", { scope: "file" }, ({ idp }, { onCleanup }) => {
    const http = trustedFetch(idp.caCertPem);
    onCleanup(() => http.close());
    return http;
  })
  .extend(
    "token",
    { scope: "file" },
    ({ idp, http }) =>
      (form: Record<string, string>, headers?: Record<string, string>) =>
        tokenRequest(http, `${idp.issuer}/token`, form, headers),
  )
  .extend(
    "signIn",
    { scope: "file" },
    ({ idp }) =>
      (email: string, options?: SignInOptions) =>
        signInAs(idp.issuer, email, idp.caCertPem, options),
  )
  .extend("startIdp", ({ idpOptions }, { onCleanup }) => {
    const started: TestIdp[] = [];
    onCleanup(async () => {
      for (const idp of started.reverse()) await idp.dispose();
    });
    return async (options: StartDevIdpOptions = {}) => {
      const idp = await startTestIdp({ ...idpOptions, ...options });
      started.push(idp);
      return idp;
    };
  });
