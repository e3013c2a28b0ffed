import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { v1Paths } from "../paths.ts";
import { createAzureMlClient } from "./azureml-client.ts";
import { AzureMlError } from "./errors.ts";
import { REF, type ScriptedServer, startScriptedServer } from "./scripted-server.ts";

// Canary values: if one shows up in an error, a secret leaked.
const PRIMARY = "CANARY-PRIMARY-KEY-7f3a9c1e";
const SECONDARY = "CANARY-SECONDARY-KEY-2b8d4e6f";
const ACCESS_TOKEN = "CANARY-ACCESS-TOKEN-eyJhbGciOi";
const BEARER = "CANARY-BEARER-OF-THE-CONSOLE";
const NEW_KEY = "CANARY-NEW-KEY-VALUE-0123456789";
const CANARIES = [PRIMARY, SECONDARY, ACCESS_TOKEN, BEARER, NEW_KEY];

let server: ScriptedServer;
beforeEach(async () => {
  server = await startScriptedServer();
});
afterEach(() => server.close());

const client = () =>
  createAzureMlClient({
    baseUrl: server.url,
    getAccessToken: async () => BEARER,
    retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
  });

async function expectNoSecretIn(promise: Promise<unknown>): Promise<AzureMlError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AzureMlError);
  const e = error as AzureMlError;
  const everything = [
    e.message,
    e.stack ?? "",
    JSON.stringify(e),
    String(e.cause ?? ""),
    e.providerMessage ?? "",
  ];
  for (const canary of CANARIES) for (const text of everything) expect(text).not.toContain(canary);
  return e;
}

describe("secrets never reach an error", () => {
  it("reads keys and a token when the answers are well formed", async () => {
    server.on("POST", v1Paths.listKeys(REF, "svc-a"), {
      body: { primaryKey: PRIMARY, secondaryKey: SECONDARY },
    });
    const token = {
      accessToken: ACCESS_TOKEN,
      tokenType: "Bearer",
      refreshAfter: 1_750_000_000,
      expiryOn: 1_750_003_600,
    };
    server.on("POST", v1Paths.token(REF, "svc-a"), { body: token });
    expect(await client().listKeys(REF, "svc-a")).toEqual({ primaryKey: PRIMARY, secondaryKey: SECONDARY });
    expect(await client().getToken(REF, "svc-a")).toEqual(token);
  });

  it("a malformed listkeys answer names the field, not the keys", async () => {
    server.on("POST", v1Paths.listKeys(REF, "svc-a"), { body: { primaryKey: PRIMARY, secondaryKey: 42 } });
    const error = await expectNoSecretIn(client().listKeys(REF, "svc-a"));
    expect(error.code).toBe("provider_rejected");
    expect(error.message).toContain("secondaryKey");
  });

  it("a malformed token answer names the field, not the token", async () => {
    const body = { accessToken: ACCESS_TOKEN, tokenType: "Bearer", refreshAfter: "soon", expiryOn: 1 };
    server.on("POST", v1Paths.token(REF, "svc-a"), { body });
    const error = await expectNoSecretIn(client().getToken(REF, "svc-a"));
    expect(error.code).toBe("provider_rejected");
  });

  it("keeps only the error code of a listkeys, token or regenerateKeys failure", async () => {
    const echo = { error: { code: "InternalError", message: `keys were ${PRIMARY} / ${SECONDARY}` } };
    server.on("POST", v1Paths.listKeys(REF, "svc-a"), { status: 500, body: echo });
    const refused = { error: { code: "InvalidKey", message: `keyValue ${NEW_KEY} refused` } };
    server.on("POST", v1Paths.regenerateKeys(REF, "svc-a"), { status: 400, body: refused });

    const listing = await expectNoSecretIn(client().listKeys(REF, "svc-a"));
    expect(listing).toMatchObject({ code: "provider_unavailable", providerCode: "InternalError" });
    expect(listing.providerMessage).toBeUndefined();
    const regen = await expectNoSecretIn(client().regenerateKey(REF, "svc-a", "Primary", NEW_KEY));
    expect(regen).toMatchObject({ code: "provider_rejected", providerCode: "InvalidKey" });
  });

  it("redacts the console's bearer token from the provider's message on other calls", async () => {
    const body = { error: { code: "BadCaller", message: `caller ${BEARER} is odd` } };
    server.on("GET", v1Paths.service(REF, "svc-a"), { status: 400, body });
    const error = await expectNoSecretIn(client().getService(REF, "svc-a"));
    expect(error.providerMessage).toBe("caller [redacted] is odd");
  });

  it("drops a provider code that is not an identifier", async () => {
    const body = { error: { code: `${PRIMARY} leaked`, message: "x" } };
    server.on("POST", v1Paths.listKeys(REF, "svc-a"), { status: 400, body });
    const error = await expectNoSecretIn(client().listKeys(REF, "svc-a"));
    expect(error.providerCode).toBeUndefined();
  });

  it("a token refusal keeps its rule code without the provider's words in the message", async () => {
    const body = { error: { code: "token_auth_not_enabled", message: `not for ${ACCESS_TOKEN}` } };
    server.on("POST", v1Paths.token(REF, "svc-a"), { status: 400, body });
    const error = await expectNoSecretIn(
      createAzureMlClient({ baseUrl: server.url, getAccessToken: async () => ACCESS_TOKEN }).getToken(
        REF,
        "svc-a",
      ),
    );
    expect(error.code).toBe("token_auth_not_enabled");
  });

  it("refuses a too-short key value before sending it, without echoing it", async () => {
    const error = await expectNoSecretIn(client().regenerateKey(REF, "svc-a", "Primary", "CANARY-short"));
    expect(error.message).not.toContain("CANARY-short");
    expect(error.code).toBe("validation_failed");
    expect(server.requests).toHaveLength(0);
  });
});
