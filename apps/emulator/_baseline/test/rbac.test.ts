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
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_RESOURCE_GROUP, SEED_SUBSCRIPTION_ID } from "../src/index.ts";
import {
  controlPlane,
  expectBody,
  expectError,
  principalTokens,
  startTestEmulator,
  startTestIdp,
  type TestEmulator,
  type TestIdp,
} from "./support.ts";

let idp: TestIdp;
let emu: TestEmulator;
let tokens: { contributor: string; reader: string };
beforeAll(async () => {
  idp = await startTestIdp();
  emu = await startTestEmulator(idp);
  tokens = await principalTokens(idp);
});
afterAll(async () => {
  await emu?.dispose();
  await idp?.dispose();
});

const aks = (name: string) => ({
  name,
  computeType: "AKS",
  computeName: "aks-prod-eastus",
  containerResourceRequirements: { cpu: 0.5, memoryInGB: 1 },
});
const listWorkspaces = (token: string | undefined, url = emu.url) =>
  fetch(`${url}${workspacesPath(SEED_SUBSCRIPTION_ID, SEED_RESOURCE_GROUP)}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

describe("Reader", () => {
  it("may read (workspaces, list, get, operations) and get tokens", async () => {
    const reader = controlPlane(emu.url, tokens.reader);
    await expectBody(await listWorkspaces(tokens.reader), 200, WorkspaceListSchema);
    await expectBody(await reader.list(), 200, ServiceListSchema);
    await expectBody(await reader.get("fraud-scoring"), 200, ServiceSchema);
    await expectBody(await reader.token("fraud-scoring"), 200, TokenResponseSchema);
    const created = await controlPlane(emu.url, tokens.contributor).create(aks("reader-visible"));
    await expectBody(
      await reader.operationAt(created.headers.get("operation-location") ?? ""),
      200,
      OperationSchema,
    );
  });

  it("may not list or regenerate keys, create, patch or delete (403)", async () => {
    const reader = controlPlane(emu.url, tokens.reader);
    const denied = await expectError(await reader.listKeys("churn-predictor"), 403, "forbidden");
    expect(denied.error.message).toContain("keyturn-reader");
    await expectError(await reader.regenerate("churn-predictor", { keyType: "Primary" }), 403, "forbidden");
    await expectError(await reader.create(aks("reader-made")), 403, "forbidden");
    await expectError(
      await reader.patch("churn-predictor", [{ op: "replace", path: "/authEnabled", value: false }]),
      403,
      "forbidden",
    );
    await expectError(await reader.remove("churn-predictor"), 403, "forbidden");
    // Nothing changed.
    await expectBody(await reader.get("churn-predictor"), 200, ServiceSchema);
  });
});

describe("Contributor", () => {
  it("may do everything", async () => {
    const contributor = controlPlane(emu.url, tokens.contributor);
    expect((await contributor.listKeys("churn-predictor")).status).toBe(200);
    expect((await contributor.regenerate("churn-predictor", { keyType: "Primary" })).status).toBe(202);
    expect((await contributor.create(aks("contrib-made"))).status).toBe(202);
    expect(
      (await contributor.patch("contrib-made", [{ op: "replace", path: "/authEnabled", value: false }]))
        .status,
    ).toBe(200);
    expect((await contributor.remove("contrib-made")).status).toBe(200);
  });
});

describe("unauthenticated and unassigned callers", () => {
  it("answers 401 with WWW-Authenticate: Bearer without a token", async () => {
    for (const res of [await controlPlane(emu.url, undefined).list(), await listWorkspaces(undefined)]) {
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer /);
      await expectError(res, 401, "unauthenticated");
    }
  });

  it("answers 401 for a malformed token and for a token with a bad signature", async () => {
    await expectError(await controlPlane(emu.url, "garbage").list(), 401, "unauthenticated");
    const [header, payload] = tokens.contributor.split(".");
    const tampered = `${header}.${payload}.${Buffer.from("x".repeat(256)).toString("base64url")}`;
    const res = await controlPlane(emu.url, tampered).list();
    expect(res.headers.get("www-authenticate")).toContain('error="invalid_token"');
    await expectError(res, 401, "unauthenticated");
  });

  it("answers 401 for a token for another audience (the console's API token)", async () => {
    const { accessToken } = await signInAs(idp.issuer, "operator@keyturn.test", idp.caCertPem);
    await expectError(await controlPlane(emu.url, accessToken).list(), 401, "unauthenticated");
    await expectError(await listWorkspaces(accessToken), 401, "unauthenticated");
  });

  it("answers 403 to a valid token whose application has no role assignment", async () => {
    const strict = await startTestEmulator(idp, { roleAssignments: { "keyturn-bff": "Contributor" } });
    try {
      const unassigned = controlPlane(strict.url, tokens.reader);
      await expectError(await unassigned.list(), 403, "forbidden");
      await expectError(await unassigned.token("fraud-scoring"), 403, "forbidden");
      await expectError(await listWorkspaces(tokens.reader, strict.url), 403, "forbidden");
      expect((await controlPlane(strict.url, tokens.contributor).list()).status).toBe(200);
    } finally {
      await strict.dispose();
    }
  });

  it("answers 503 idp_unavailable when the identity provider cannot be reached, not 401", async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const orphan = await startTestEmulator(idp, { idpIssuer: `https://localhost:${closedPort}` });
    try {
      await expectError(await controlPlane(orphan.url, tokens.contributor).list(), 503, "idp_unavailable");
      await expectError(await controlPlane(orphan.url, "not-a-jwt").list(), 401, "unauthenticated");
    } finally {
      await orphan.dispose();
    }
  });

  it("answers 403 before telling whether a workspace exists", async () => {
    const reader = controlPlane(emu.url, tokens.reader, {
      subscriptionId: SEED_SUBSCRIPTION_ID,
      resourceGroup: SEED_RESOURCE_GROUP,
      workspace: "nope",
    });
    await expectError(await reader.listKeys("x"), 403, "forbidden");
  });
});
