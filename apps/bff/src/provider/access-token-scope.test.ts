import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Config } from "../env.ts";
import { tokenSources } from "./access-token.ts";
import type { ConnectionCredential } from "./connection-credential.ts";
import { MANAGEMENT_SCOPE } from "./connection-credential.ts";

const VAULT_SCOPE = "https://vault.azure.net/.default";

/**
 * A loopback identity endpoint of each kind: an OpenID issuer's client-credentials token endpoint, and
 * App Service's managed-identity endpoint (what @azure/identity calls with IDENTITY_ENDPOINT set).
 * It records the audience each request asks for.
 */
const asked: string[] = [];
let server: Server;
let origin: string;
const saved = { endpoint: process.env.IDENTITY_ENDPOINT, header: process.env.IDENTITY_HEADER };

async function body(req: IncomingMessage): Promise<string> {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text;
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", origin);
    const json = (value: unknown) =>
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(value));
    if (url.pathname.endsWith("/.well-known/openid-configuration"))
      return json({ issuer: origin, token_endpoint: `${origin}/token` });
    if (url.pathname === "/token") {
      asked.push(new URLSearchParams(await body(req)).get("scope") ?? "");
      return json({ access_token: "client-secret-token", expires_in: 3600, token_type: "Bearer" });
    }
    if (url.pathname === "/msi") {
      asked.push(`${url.searchParams.get("resource")}/.default`);
      const expires = Math.floor(Date.now() / 1000) + 3600;
      return json({
        access_token: `msi-token-${asked.length}`,
        expires_on: expires,
        token_type: "Bearer",
        resource: url.searchParams.get("resource"),
      });
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.IDENTITY_ENDPOINT = `${origin}/msi`;
  process.env.IDENTITY_HEADER = "loopback";
});

afterAll(async () => {
  if (saved.endpoint === undefined) delete process.env.IDENTITY_ENDPOINT;
  else process.env.IDENTITY_ENDPOINT = saved.endpoint;
  if (saved.header === undefined) delete process.env.IDENTITY_HEADER;
  else process.env.IDENTITY_HEADER = saved.header;
  await new Promise((resolve) => server.close(resolve));
});

const options = (scope?: string) => ({
  config: { credential: "dev-idp", timeoutMs: 5_000 } as Config["provider"],
  issuerFetch: globalThis.fetch,
  hosts: null,
  ...(scope ? { scope } : {}),
});

async function audienceAsked(credential: ConnectionCredential, scope?: string): Promise<string> {
  asked.length = 0;
  await tokenSources(credential, options(scope)).main();
  expect(asked).toHaveLength(1);
  return asked[0] as string;
}

describe("tokenSources' scope", () => {
  it("a client-secret connection asks for the scope it is given, else its stored one", async () => {
    const credential: ConnectionCredential = {
      kind: "client_secret",
      value: { authority: "", clientId: "app", clientSecret: "s3cret", scope: MANAGEMENT_SCOPE },
    };
    credential.value.authority = origin;
    expect(await audienceAsked(credential, VAULT_SCOPE)).toBe(VAULT_SCOPE);
    expect(await audienceAsked(credential)).toBe(MANAGEMENT_SCOPE);
  });

  it("a managed identity connection asks for the scope it is given (Key Vault), not Resource Manager's", async () => {
    const credential: ConnectionCredential = {
      kind: "managed_identity",
      value: { type: "managed_identity" },
    };
    expect(await audienceAsked(credential, VAULT_SCOPE)).toBe(VAULT_SCOPE);
    expect(await audienceAsked(credential)).toBe(MANAGEMENT_SCOPE);
  });
});
