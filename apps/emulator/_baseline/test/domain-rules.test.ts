import { ServiceSchema } from "@keyturn/azureml-rest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ControlPlane,
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
let cp: ControlPlane;
beforeAll(async () => {
  idp = await startTestIdp();
  emu = await startTestEmulator(idp);
  cp = controlPlane(emu.url, (await principalTokens(idp)).contributor);
});
afterAll(async () => {
  await emu?.dispose();
  await idp?.dispose();
});

const resources = { cpu: 0.5, memoryInGB: 1 };
const replace = (path: string, value: boolean) => ({ op: "replace", path, value });

describe("the domain's auth rules, enforced by the service", () => {
  it("token auth on ACI → token_auth_requires_aks (create and patch)", async () => {
    await expectError(
      await cp.create({
        name: "aci-token",
        computeType: "ACI",
        aadAuthEnabled: true,
        containerResourceRequirements: resources,
      }),
      400,
      "token_auth_requires_aks",
    );
    await expectError(
      await cp.patch("pricing-aci", [replace("/authEnabled", false), replace("/aadAuthEnabled", true)]),
      400,
      "token_auth_requires_aks",
    );
  });

  it("key and token auth both on → key_and_token_auth_together", async () => {
    const body = {
      name: "aks-both",
      computeType: "AKS",
      computeName: "aks-prod-eastus",
      authEnabled: true,
      aadAuthEnabled: true,
      containerResourceRequirements: resources,
    };
    await expectError(await cp.create(body), 400, "key_and_token_auth_together");
    await expectError(
      await cp.patch("fraud-scoring", [replace("/authEnabled", true)]),
      400,
      "key_and_token_auth_together",
    );
  });

  it("token on while key stays on by omission → token_auth_requires_key_off", async () => {
    const body = {
      name: "aks-token",
      computeType: "AKS",
      computeName: "aks-prod-eastus",
      aadAuthEnabled: true,
      containerResourceRequirements: resources,
    };
    await expectError(await cp.create(body), 400, "token_auth_requires_key_off");
    await expectError(
      await cp.patch("churn-predictor", [replace("/aadAuthEnabled", true)]),
      400,
      "token_auth_requires_key_off",
    );
  });

  it("leaves the service unchanged after a refused change, and accepts the valid one", async () => {
    const before = await expectBody(await cp.get("churn-predictor"), 200, ServiceSchema);
    expect(before).toMatchObject({ authEnabled: true, aadAuthEnabled: false });
    const after = await expectBody(
      await cp.patch("churn-predictor", [replace("/aadAuthEnabled", true), replace("/authEnabled", false)]),
      200,
      ServiceSchema,
    );
    expect(after).toMatchObject({ authEnabled: false, aadAuthEnabled: true });
    const created = await cp.create({
      name: "aks-token-ok",
      computeType: "AKS",
      computeName: "aks-dr-westus2",
      authEnabled: false,
      aadAuthEnabled: true,
      containerResourceRequirements: resources,
    });
    expect(created.status).toBe(202);
    expect(await expectBody(await cp.get("aks-token-ok"), 200, ServiceSchema)).toMatchObject({
      aadAuthEnabled: true,
      location: "westus2",
    });
  });
});
