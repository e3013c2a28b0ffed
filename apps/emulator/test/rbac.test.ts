import type { AddressInfo } from "node:net";
import { createServer } from "node:net";
import {
  OperationSchema,
  ServiceListSchema,
  ServiceSchema,
  TokenResponseSchema,
  WorkspaceListSchema,
  workspacesPath,
} from "@keyturn/azureml-rest";
import { signInAs } from "@keyturn/dev-idp";
import { describe, expect } from "vitest";
import { SEED_RESOURCE_GROUP, SEED_SUBSCRIPTION_ID } from "../src/index.ts";
import { aksService, controlPlane, expectBody, expectError, replace } from "./support/clients.ts";
import { it } from "./support/fixtures.ts";

const WORKSPACES = workspacesPath(SEED_SUBSCRIPTION_ID, SEED_RESOURCE_GROUP);

describe("Reader", () => {
  it("may read (workspaces, list, get, operations) and get tokens", async ({ emu, tokens, cp }) => {
    const reader = controlPlane(emu.url, tokens.reader);
    await expectBody(await reader.call("GET", WORKSPACES), 200, WorkspaceListSchema);
    await expectBody(await reader.list(), 200, ServiceListSchema);
    await expectBody(await reader.get("fraud-scoring"), 200, ServiceSchema);
    await expectBody(await reader.token("fraud-scoring"), 201, TokenResponseSchema);
    const created = await cp.create(aksService("reader-visible"));
    await expectBody(
      await reader.operationAt(created.headers.get("operation-location") ?? ""),
      200,
      OperationSchema,
    );
  });

  it("may not list or regenerate keys, create, patch or delete (403)", async ({ emu, tokens }) => {
    const reader = controlPlane(emu.url, tokens.reader);
    const denied = await expectError(await reader.listKeys("churn-predictor"), 403, "forbidden");
    expect(denied.message).toContain("keyturn-reader");
    await expectError(await reader.regenerate("churn-predictor", { keyType: "Primary" }), 403, "forbidden");
    await expectError(await reader.create(aksService("reader-made")), 403, "forbidden");
    await expectError(
      await reader.patch("churn-predictor", [replace("/authEnabled", false)]),
      403,
      "forbidden",
    );
    await expectError(await reader.remove("churn-predictor"), 403, "forbidden");
    // Nothing changed.
    await expectBody(await reader.get("churn-predictor"), 200, ServiceSchema);
  });
});

describe("Contributor", () => {
  it("may do everything", async ({ cp: contributor }) => {
    expect((await contributor.listKeys("churn-predictor")).status).toBe(200);
    expect((await contributor.regenerate("churn-predictor", { keyType: "Primary" })).status).toBe(202);
    expect((await contributor.create(aksService("contrib-made"))).status).toBe(202);
    expect((await contributor.patch("contrib-made", [replace("/authEnabled", false)])).status).toBe(200);
    expect((await contributor.remove("contrib-made")).status).toBe(200);
  });
});

describe("unauthenticated and unassigned callers", () => {
  it("answers 401 with WWW-Authenticate: Bearer without a token", async ({ emu }) => {
    const nobody = controlPlane(emu.url, undefined);
    for (const res of [await nobody.list(), await nobody.call("GET", WORKSPACES)]) {
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer /);
      await expectError(res, 401, "unauthenticated");
    }
  });

  it("answers 401 for a malformed token and for a token with a bad signature", async ({ emu, tokens }) => {
    await expectError(await controlPlane(emu.url, "garbage").list(), 401, "unauthenticated");
    const [header, payload] = tokens.contributor.split(".");
    const tampered = `${header}.${payload}.${Buffer.from("x".repeat(256)).toString("base64url")}`;
    const res = await controlPlane(emu.url, tampered).list();
    expect(res.headers.get("www-authenticate")).toContain('error="invalid_token"');
    await expectError(res, 401, "unauthenticated");
  });

  it("answers 401 for a token for another audience (the console's API token)", async ({ idp, emu }) => {
    const { accessToken } = await signInAs(idp.issuer, "operator@keyturn.test", idp.caCertPem);
    const consoleCaller = controlPlane(emu.url, accessToken);
    await expectError(await consoleCaller.list(), 401, "unauthenticated");
    await expectError(await consoleCaller.call("GET", WORKSPACES), 401, "unauthenticated");
  });

  it("answers 403 to a valid token whose application has no role assignment", async ({
    tokens,
    startEmulator,
  }) => {
    const strict = await startEmulator({ roleAssignments: { "keyturn-bff": "Contributor" } });
    const unassigned = controlPlane(strict.url, tokens.reader);
    await expectError(await unassigned.list(), 403, "forbidden");
    await expectError(await unassigned.token("fraud-scoring"), 403, "forbidden");
    await expectError(await unassigned.call("GET", WORKSPACES), 403, "forbidden");
    expect((await strict.cp.list()).status).toBe(200);
  });

  it("answers 503 idp_unavailable when the identity provider cannot be reached, not 401", async ({
    startEmulator,
  }) => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const orphan = await startEmulator({ idpIssuer: `https://localhost:${closedPort}` });
    await expectError(await orphan.cp.list(), 503, "idp_unavailable");
    await expectError(await controlPlane(orphan.url, "not-a-jwt").list(), 401, "unauthenticated");
  });

  it("answers 403 before telling whether a workspace exists", async ({ emu, tokens }) => {
    const reader = controlPlane(emu.url, tokens.reader, {
      subscriptionId: SEED_SUBSCRIPTION_ID,
      resourceGroup: SEED_RESOURCE_GROUP,
      workspace: "nope",
    });
    await expectError(await reader.listKeys("x"), 403, "forbidden");
  });
});
