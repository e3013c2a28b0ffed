import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AzureMlError } from "../client/errors.ts";
import { caught, REF, scriptedServerPerTest } from "../client/scripted-server.ts";
import { onlineEndpointsValidator } from "../contract/online-endpoints-spec.ts";
import { createOnlineEndpointsClient } from "./client.ts";
import { v2Paths } from "./paths.ts";

// ARM's error answers → AzureMlError codes, and secrets (the console's bearer token, keys, tokens,
// a chosen key value) never in an error.

const server = scriptedServerPerTest();
const NAME = "churn-online";
const BEARER = "CANARY-ARM-BEARER-5e1c";
const STATUS = "/operations/op-1";

function client(bearer = BEARER) {
  const waits: number[] = [];
  const made = createOnlineEndpointsClient({
    armBaseUrl: server().url,
    getAccessToken: async () => bearer,
    retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 5_000 },
    sleep: async (ms) => void waits.push(ms),
    random: () => 0,
  });
  return Object.assign(made, { waits });
}

const armError = (code: string, message: string) => ({ error: { code, message } });
const everything = (e: AzureMlError) =>
  [
    e.message,
    e.stack ?? "",
    JSON.stringify(e),
    e.providerMessage ?? "",
    JSON.stringify(e.providerDetails),
  ].join("\n");

describe("ARM errors → codes", () => {
  it("409, 400, 404, 429, 403 and 401 each to its code, the bodies valid ARM ErrorResponses", async () => {
    const cases: [number, string, string, number][] = [
      [409, "Conflict", "conflict", 409],
      [400, "BadRequest", "provider_rejected", 400],
      [404, "ResourceNotFound", "not_found", 404],
      [429, "TooManyRequests", "provider_throttled", 503],
      [403, "AuthorizationFailed", "forbidden", 403],
      [401, "InvalidAuthenticationToken", "unauthenticated", 502],
    ];
    for (const [status, armCode, code, answered] of cases) {
      const body = armError(armCode, `${armCode} happened.`);
      expect(onlineEndpointsValidator().validateAnswer("OnlineEndpoints_Get", status, body).valid).toBe(true);
      server().on("PUT", v2Paths.endpoint(REF, NAME), { status, body });
      const error = await caught(
        client().putEndpoint(REF, NAME, { location: "eastus", properties: { authMode: "Key" } }),
      );
      expect(error).toMatchObject({ code, status: answered, providerStatus: status, providerCode: armCode });
      expect(error.message).toBe(
        `putEndpoint: the workspace answered ${status} (${armCode}: ${armCode} happened.)`,
      );
    }
  });

  it("ARM's details are kept, their codes checked and their messages scrubbed", async () => {
    const body = {
      error: {
        code: "BadRequest",
        message: "The request is invalid.",
        target: "properties",
        details: [
          { code: "InvalidAuthMode", message: "Mode x for key=abc123secret", target: "properties.authMode" },
          { code: "not a code!", message: "ignored code" },
        ],
        additionalInfo: [{ type: "PolicyViolation", info: {} }],
      },
    };
    expect(onlineEndpointsValidator().validateAnswer("OnlineEndpoints_Get", 400, body).valid).toBe(true);
    server().on("GET", v2Paths.endpoint(REF, NAME), { status: 400, body });
    const error = await caught(client().getEndpoint(REF, NAME));
    expect(error.providerDetails).toEqual([
      { code: "InvalidAuthMode", message: "Mode x for key=[redacted]", target: "properties.authMode" },
      { message: "ignored code" },
    ]);
  });

  it("a read is retried on 429 after its Retry-After; a write is not", async () => {
    const c = client();
    server().on(
      "GET",
      v2Paths.endpoint(REF, NAME),
      { status: 429, headers: { "Retry-After": "2" }, body: armError("TooManyRequests", "slow down") },
      { status: 404, body: armError("ResourceNotFound", "gone") },
    );
    expect((await caught(c.getEndpoint(REF, NAME))).code).toBe("not_found");
    expect(c.waits).toEqual([2_000]);
    server().on("DELETE", v2Paths.endpoint(REF, NAME), {
      status: 429,
      body: armError("TooManyRequests", "x"),
    });
    expect((await caught(c.deleteEndpoint(REF, NAME))).code).toBe("provider_throttled");
    expect(server().hits("DELETE", v2Paths.endpoint(REF, NAME))).toHaveLength(1);
  });

  it("a refusal naming one of the domain's rules keeps the rule's code", async () => {
    server().on("PUT", v2Paths.endpoint(REF, NAME), {
      status: 400,
      body: armError("entra_token_auth_requires_managed", "Managed endpoints only."),
    });
    const put = client().putEndpoint(REF, NAME, { location: "eastus", properties: { authMode: "AADToken" } });
    expect(await caught(put)).toMatchObject({ code: "entra_token_auth_requires_managed", status: 400 });
  });

  it("an invalid request is refused before any call: a key in the PUT, a short chosen key", async () => {
    const withKeys = { location: "eastus", properties: { authMode: "Key", keys: { primaryKey: "k" } } };
    expect((await caught(client().putEndpoint(REF, NAME, withKeys as never))).code).toBe("validation_failed");
    expect((await caught(client().regenerateEndpointKey(REF, NAME, "Primary", "short"))).code).toBe(
      "validation_failed",
    );
    expect(server().requests).toEqual([]);
  });
});

/** A secret-like value: no spaces, at least 8 characters, unlike the words around it. */
const secretArb = fc.stringMatching(/^[A-Za-z0-9._~+/-]{8,40}$/).filter((s) => /[0-9]/.test(s));

describe("secrets never reach an error", () => {
  it("the bearer token echoed by ARM or by a failed operation is redacted (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        secretArb,
        fc.constantFrom("before ", "token=", "Authorization: "),
        async (secret, lead) => {
          const message = `Request refused: ${lead}${secret} was not accepted.`;
          server().on("GET", v2Paths.endpoint(REF, NAME), {
            status: 400,
            body: armError("BadRequest", message),
          });
          server().on("PUT", v2Paths.endpoint(REF, NAME), {
            status: 201,
            headers: { "Azure-AsyncOperation": STATUS },
          });
          server().on("GET", STATUS, { body: { status: "Failed", error: { code: "Failed", message } } });
          const c = client(secret);
          const read = await caught(c.getEndpoint(REF, NAME));
          const put = await caught(
            c.putEndpoint(REF, NAME, { location: "eastus", properties: { authMode: "Key" } }),
          );
          for (const error of [read, put]) expect(everything(error)).not.toContain(secret);
          expect(put.providerMessage).toContain("[redacted]");
        },
      ),
      { numRuns: 40 },
    );
  });

  it("keys, tokens and a chosen key value stay out of every error of the secret calls", async () => {
    const KEY = "CANARY-PRIMARY-KEY-7f3a9c1e";
    const TOKEN = "CANARY-AML-TOKEN-eyJhbGciOi";
    const CHOSEN = "CANARY-CHOSEN-KEY-0123456789";
    const c = client();
    // Malformed answers: the schema names the field, never its value.
    server().on("POST", v2Paths.listKeys(REF, NAME), { body: { primaryKey: KEY, secondaryKey: 42 } });
    server().on("POST", v2Paths.token(REF, NAME), { body: { accessToken: TOKEN, expiryTimeUtc: "soon" } });
    // Error answers echoing the secrets.
    server().on("POST", v2Paths.regenerateKeys(REF, NAME), {
      status: 400,
      body: armError("BadRequest", `The key ${CHOSEN} is weak; current is ${KEY}`),
    });
    const errors = [
      await caught(c.listEndpointKeys(REF, NAME)),
      await caught(c.getEndpointToken(REF, NAME)),
      await caught(c.regenerateEndpointKey(REF, NAME, "Primary", CHOSEN)),
    ];
    expect(errors[0]?.message).toContain("secondaryKey");
    expect(errors[1]?.message).toContain("expiryTimeUtc");
    expect(errors[2]).toMatchObject({ code: "provider_rejected", providerCode: "BadRequest" });
    for (const error of errors)
      for (const canary of [KEY, TOKEN, CHOSEN, BEARER]) expect(everything(error)).not.toContain(canary);
  });

  it("a failed key regeneration keeps Azure's code, never its words", async () => {
    const CHOSEN = "CANARY-CHOSEN-KEY-abcdef012345";
    server().on("POST", v2Paths.regenerateKeys(REF, NAME), {
      status: 202,
      headers: { "Azure-AsyncOperation": STATUS },
    });
    server().on("GET", STATUS, {
      body: { status: "Failed", error: { code: "KeyRejected", message: `bad ${CHOSEN}` } },
    });
    const error = await caught(client().regenerateEndpointKey(REF, NAME, "Primary", CHOSEN));
    expect(error).toMatchObject({
      code: "operation_failed",
      providerCode: "KeyRejected",
      providerMessage: undefined,
    });
    expect(everything(error)).not.toContain(CHOSEN);
  });
});
