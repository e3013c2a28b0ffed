import { createPrivateKey, X509Certificate } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect } from "vitest";
import { CONSOLE_ORIGIN, fetchJson, it } from "./support/fixtures.ts";

describe("discovery and keys", () => {
  it("names the bound https://localhost issuer and its endpoints", async ({ idp }) => {
    expect(idp.issuer).toMatch(/^https:\/\/localhost:\d+$/);
    expect(idp.url).toBe(idp.issuer);
    const doc = await fetchJson(idp, `${idp.issuer}/.well-known/openid-configuration`);
    expect(doc).toMatchObject({
      issuer: idp.issuer,
      authorization_endpoint: `${idp.issuer}/auth`,
      token_endpoint: `${idp.issuer}/token`,
      jwks_uri: `${idp.issuer}/jwks`,
      end_session_endpoint: `${idp.issuer}/session/end`,
      code_challenge_methods_supported: ["S256"],
      response_types_supported: ["code"],
      authorization_response_iss_parameter_supported: true,
    });
    const { grant_types_supported } = doc as { grant_types_supported: string[] };
    expect(grant_types_supported).toEqual(
      expect.arrayContaining(["authorization_code", "refresh_token", "client_credentials"]),
    );
  });

  it("publishes an RS256 signing key without its private parts", async ({ idp }) => {
    const { keys } = (await fetchJson(idp, `${idp.issuer}/jwks`)) as { keys: Record<string, unknown>[] };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: "RSA", alg: "RS256", use: "sig", kid: expect.any(String) });
    for (const secret of ["d", "p", "q", "dp", "dq", "qi"]) expect(keys[0]).not.toHaveProperty(secret);
  });

  it("writes a self-signed certificate for localhost and 127.0.0.1 into the data folder", async ({ idp }) => {
    expect(idp.caCertPath).toBe(path.join(idp.dataDir, "dev-idp", "tls", "cert.pem"));
    expect(await readFile(idp.caCertPath, "utf8")).toBe(idp.caCertPem);
    const cert = new X509Certificate(idp.caCertPem);
    expect(cert.checkHost("localhost")).toBe("localhost");
    expect(cert.checkIP("127.0.0.1")).toBe("127.0.0.1");
    expect(cert.ca).toBe(false);
    const key = await readFile(path.join(idp.dataDir, "dev-idp", "tls", "key.pem"), "utf8");
    expect(cert.checkPrivateKey(createPrivateKey(key))).toBe(true);
  });
});

describe("CORS on the token endpoint", () => {
  it("allows the console origin's preflight", async ({ idp, http }) => {
    const response = await http(`${idp.issuer}/token`, {
      method: "OPTIONS",
      headers: {
        origin: CONSOLE_ORIGIN,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(CONSOLE_ORIGIN);
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
    expect(response.headers.get("access-control-allow-headers")).toContain("content-type");
  });

  it("refuses a token request from another origin", async ({ idp, http }) => {
    const response = await http(`${idp.issuer}/token`, {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=refresh_token&refresh_token=x&client_id=keyturn-console",
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(await response.json()).toMatchObject({ error: "invalid_request" });
  });
});
