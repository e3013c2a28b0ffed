import { loadExample, onlineEndpointsValidator } from "@keyturn/azureml-rest/contract";
import { describe, expect } from "vitest";
import { it } from "./support/fixtures.ts";
import { type Answer, arm, endpointsPath, managedEndpoint, pollUntil } from "./v2-support.ts";

// Every v2 answer validated against the published ARM spec (the onlineEndpoints extract of
// 2026-07-01): the operation's response schema for the status, else its `default` (ErrorResponse),
// and the long-running operations' headers as the spec declares them.

const validator = onlineEndpointsValidator();

function expectValid(operationId: string, answer: Answer) {
  const result = validator.validateAnswer(operationId, answer.status, answer.body);
  expect(
    result.errors,
    `${operationId} ${answer.status}: ${String(JSON.stringify(answer.body)).slice(0, 300)}`,
  ).toEqual([]);
}

const retryAfter = (answer: Answer) => expect(answer.headers.get("retry-after")).toMatch(/^\d+$/);
const absolute = (answer: Answer, header: string) =>
  expect(URL.canParse(answer.headers.get(header) ?? ""), `${header}: ${answer.headers.get(header)}`).toBe(
    true,
  );

describe("the validator and the spec", () => {
  it("accepts the published examples' answers, so the restated common types fit them", () => {
    const cases: [string, string, string][] = [
      ["get.2026-07-01", "OnlineEndpoints_Get", "200"],
      ["list.2026-07-01", "OnlineEndpoints_List", "200"],
      ["createOrUpdate.2026-07-01", "OnlineEndpoints_CreateOrUpdate", "201"],
      ["update.2025-12-01", "OnlineEndpoints_Update", "200"],
      ["listKeys.2025-06-01", "OnlineEndpoints_ListKeys", "200"],
      ["getToken.2025-12-01", "OnlineEndpoints_GetToken", "200"],
    ];
    for (const [name, operationId, status] of cases) {
      const body = loadExample(name).responses[status]?.body;
      expect(body, name).toBeDefined();
      expect(validator.validateAnswer(operationId, Number(status), body).errors, name).toEqual([]);
    }
  });

  it("refuses what the spec forbids: a missing authMode, an unknown provisioningState, a string expiry", () => {
    const good = loadExample("get.2026-07-01").responses["200"]?.body as {
      properties: Record<string, unknown>;
    };
    const { authMode: _omitted, ...noMode } = good.properties;
    expect(validator.validateDefinition("OnlineEndpoint", { ...good, properties: noMode }).valid).toBe(false);
    const badState = { ...good, properties: { ...good.properties, provisioningState: "Healthy" } };
    expect(validator.validateDefinition("OnlineEndpoint", badState).valid).toBe(false);
    expect(
      validator.validateDefinition("EndpointAuthToken", { accessToken: "x", expiryTimeUtc: "soon" }).valid,
    ).toBe(false);
  });
});

describe("the emulator's answers", () => {
  it("list (every page), get of each kind and mode, in the spec's shapes", async ({ emu, tokens }) => {
    for (const ws of ["ws-prod-eastus", "ws-ml-westeurope", "ws-research-japaneast"]) {
      let answer = await arm(emu.url, tokens.contributor, "GET", `${endpointsPath(ws)}?count=1`);
      for (;;) {
        expectValid("OnlineEndpoints_List", answer);
        const page = answer.body as {
          value: { name: string; properties: { scoringUri: string } }[];
          nextLink?: string;
        };
        // The validator knows no "uri" format: the spec's format: uri fields are checked here.
        for (const uri of [page.nextLink, ...page.value.map((e) => e.properties.scoringUri)])
          if (uri !== undefined) expect(URL.canParse(uri), uri).toBe(true);
        for (const endpoint of page.value)
          expectValid(
            "OnlineEndpoints_Get",
            await arm(emu.url, tokens.contributor, "GET", endpointsPath(ws, endpoint.name)),
          );
        if (!page.nextLink) break;
        answer = await arm(page.nextLink, tokens.contributor, "GET", page.nextLink, { apiVersion: null });
      }
    }
  });

  it("accepts the published createOrUpdate example's body and answers create, update, PATCH and DELETE as specified", async ({
    emu,
    tokens,
  }) => {
    const example = loadExample("createOrUpdate.2026-07-01").parameters.body as Record<string, unknown> & {
      properties: Record<string, unknown>;
    };
    const body = {
      ...example,
      location: "eastus",
      properties: { ...example.properties, compute: null, traffic: {} },
    };
    const path = endpointsPath("ws-prod-eastus", "contract-made");
    const created = await arm(emu.url, tokens.contributor, "PUT", path, { body });
    expect(created.status).toBe(201);
    expectValid("OnlineEndpoints_CreateOrUpdate", created);
    absolute(created, "azure-asyncoperation");
    const status = await pollUntil(
      created.headers.get("azure-asyncoperation") ?? "",
      tokens.contributor,
      (a) => (a.body as { status: string }).status !== "InProgress",
    );
    expect(status.body).toMatchObject({ status: "Succeeded" });

    const updated = await arm(emu.url, tokens.contributor, "PUT", path, {
      body: managedEndpoint("eastus", "Key"),
    });
    expect(updated.status).toBe(200);
    expectValid("OnlineEndpoints_CreateOrUpdate", updated);
    await pollUntil(
      updated.headers.get("azure-asyncoperation") ?? "",
      tokens.contributor,
      (a) => (a.body as { status: string }).status === "Succeeded",
    );

    const patched = await arm(emu.url, tokens.contributor, "PATCH", path, {
      body: loadExample("update.2025-12-01").parameters.body,
    });
    expect(patched.status).toBe(202);
    expectValid("OnlineEndpoints_Update", patched);
    absolute(patched, "location");
    retryAfter(patched);
    const result = await pollUntil(
      patched.headers.get("location") ?? "",
      tokens.contributor,
      (a) => a.status !== 202,
    );
    expect(validator.validateDefinition("OnlineEndpoint", result.body).errors).toEqual([]);

    const deleted = await arm(emu.url, tokens.contributor, "DELETE", path);
    expect(deleted.status).toBe(202);
    expectValid("OnlineEndpoints_Delete", deleted);
    absolute(deleted, "location");
    retryAfter(deleted);
    await pollUntil(deleted.headers.get("location") ?? "", tokens.contributor, (a) => a.status === 200);
    expect((await arm(emu.url, tokens.contributor, "DELETE", path)).status).toBe(204);
  });

  it("listKeys, regenerateKeys (the published example's body) and token", async ({ emu, tokens }) => {
    const path = endpointsPath("ws-research-japaneast", "vision-online");
    expectValid(
      "OnlineEndpoints_ListKeys",
      await arm(emu.url, tokens.contributor, "POST", `${path}/listKeys`),
    );
    const example = loadExample("regenerateKeys.2025-12-01").parameters.body as { keyType: string };
    const regenerated = await arm(emu.url, tokens.contributor, "POST", `${path}/regenerateKeys`, {
      body: { keyType: example.keyType },
    });
    expect(regenerated.status).toBe(202);
    expectValid("OnlineEndpoints_RegenerateKeys", regenerated);
    absolute(regenerated, "location");
    retryAfter(regenerated);
    await pollUntil(regenerated.headers.get("location") ?? "", tokens.contributor, (a) => a.status === 200);
    const token = await arm(
      emu.url,
      tokens.contributor,
      "POST",
      `${endpointsPath("ws-ml-westeurope", "claims-online")}/token`,
    );
    expectValid("OnlineEndpoints_GetToken", token);
    expect(Number.isInteger((token.body as { expiryTimeUtc: unknown }).expiryTimeUtc)).toBe(true);
  });

  it("errors (400, 401, 403, 404) are the spec's ErrorResponse", async ({ emu, tokens }) => {
    const path = endpointsPath("ws-prod-eastus", "churn-online");
    const errors: [string, Answer][] = [
      [
        "OnlineEndpoints_Get",
        await arm(emu.url, tokens.contributor, "GET", path, { apiVersion: "1999-01-01" }),
      ],
      ["OnlineEndpoints_Get", await arm(emu.url, undefined, "GET", path)],
      ["OnlineEndpoints_ListKeys", await arm(emu.url, tokens.reader, "POST", `${path}/listKeys`)],
      [
        "OnlineEndpoints_Get",
        await arm(emu.url, tokens.contributor, "GET", endpointsPath("ws-prod-eastus", "absent")),
      ],
      [
        "OnlineEndpoints_CreateOrUpdate",
        await arm(emu.url, tokens.contributor, "PUT", path, { body: { location: "eastus", properties: {} } }),
      ],
    ];
    for (const [operationId, answer] of errors) {
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expectValid(operationId, answer);
      expect(answer.body).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
    }
  });
});
