import fc from "fast-check";
import { describe, expect } from "vitest";
import { it } from "./support/fixtures.ts";
import { type Answer, arm, endpointsPath } from "./v2-support.ts";

// Hostile and random input to the v2 control plane: every answer is one the spec allows for the call
// (never a 5xx), every refusal is ARM's error body, and no refused key value is echoed.

const RUNS = 40;

function expectArmShape(answer: Answer, allowed: number[], what: string) {
  expect(allowed, `${what}: ${answer.status} ${String(JSON.stringify(answer.body)).slice(0, 200)}`).toContain(
    answer.status,
  );
  if (answer.status >= 400)
    expect(answer.body, what).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
}

const authModes = fc.constantFrom("Key", "AMLToken", "AADToken", "none", "key", "", "AADTOKEN");
const putBodies = fc.oneof(
  fc.jsonValue(),
  fc.record(
    {
      location: fc.oneof(fc.constant("eastus"), fc.string(), fc.jsonValue()),
      tags: fc.oneof(fc.dictionary(fc.string(), fc.string()), fc.jsonValue()),
      properties: fc.oneof(
        fc.record(
          {
            authMode: fc.oneof(authModes, fc.jsonValue()),
            compute: fc.oneof(fc.constant(null), fc.constant("aks-prod-eastus"), fc.string()),
            traffic: fc.oneof(
              fc.constant(null),
              fc.dictionary(fc.string(), fc.integer({ min: -5, max: 120 })),
            ),
            keys: fc.oneof(
              fc.constant(null),
              fc.record({ primaryKey: fc.string(), secondaryKey: fc.string() }),
            ),
          },
          { requiredKeys: [] },
        ),
        fc.jsonValue(),
      ),
    },
    { requiredKeys: [] },
  ),
);

describe("random input", () => {
  it("PUT bodies: 200, 201, 400 or 409, never a chosen key in a refusal", async ({ emu, tokens }) => {
    await fc.assert(
      fc.asyncProperty(putBodies, async (body) => {
        const answer = await arm(
          emu.url,
          tokens.contributor,
          "PUT",
          endpointsPath("ws-prod-eastus", "fuzz-target"),
          { body },
        );
        expectArmShape(answer, [200, 201, 400, 409], "PUT");
        const keys = (body as { properties?: { keys?: { primaryKey?: unknown } } } | null)?.properties?.keys;
        const key =
          typeof keys?.primaryKey === "string" && keys.primaryKey.length >= 8 ? keys.primaryKey : undefined;
        if (answer.status === 400 && key) expect(JSON.stringify(answer.body)).not.toContain(key);
      }),
      { numRuns: RUNS },
    );
  });

  it("PATCH and regenerateKeys bodies: the documented statuses, and a refused keyValue is not echoed", async ({
    emu,
    tokens,
  }) => {
    const path = endpointsPath("ws-ml-westeurope", "route-k8s");
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.string({ minLength: 8 }), async (body, keyValue) => {
        expectArmShape(
          await arm(emu.url, tokens.contributor, "PATCH", path, { body }),
          [202, 400, 409],
          "PATCH",
        );
        const regenerate = await arm(emu.url, tokens.contributor, "POST", `${path}/regenerateKeys`, {
          body: { keyType: "Secondary", keyValue },
        });
        expectArmShape(regenerate, [202, 400, 409], "regenerateKeys");
        if (regenerate.status === 400) expect(JSON.stringify(regenerate.body)).not.toContain(keyValue);
      }),
      { numRuns: RUNS },
    );
  });

  it("list queries and endpoint names: 200, 400 or 404", async ({ emu, tokens }) => {
    const queryValue = fc.oneof(
      fc.string(),
      fc.integer().map(String),
      fc.constantFrom("Managed", "CreatedAtDesc"),
    );
    const query = fc.dictionary(
      fc.constantFrom("count", "$skip", "computeType", "orderBy", "tags", "properties", "name"),
      queryValue,
    );
    await fc.assert(
      fc.asyncProperty(query, fc.string({ minLength: 1 }), async (params, name) => {
        const search = new URLSearchParams(params).toString();
        expectArmShape(
          await arm(emu.url, tokens.contributor, "GET", `${endpointsPath("ws-prod-eastus")}?${search}`),
          [200, 400],
          "list",
        );
        const get = await arm(
          emu.url,
          tokens.contributor,
          "GET",
          endpointsPath("ws-prod-eastus", encodeURIComponent(name)),
        );
        expectArmShape(get, [200, 404], "get");
      }),
      { numRuns: RUNS },
    );
  });
});
