import { ServiceSchema } from "@keyturn/azureml-rest";
import { describe, expect } from "vitest";
import { aciService, aksService, expectBody, expectError, replace } from "./support/clients.ts";
import { it } from "./support/fixtures.ts";

const resources = { cpu: 0.5, memoryInGB: 1 };

describe("the domain's auth rules, enforced by the service", () => {
  it.for(
    [
      {
        rule: "token auth on ACI",
        code: "token_auth_requires_aks",
        create: aciService("aci-token", { aadAuthEnabled: true, containerResourceRequirements: resources }),
        patch: {
          service: "pricing-aci",
          ops: [replace("/authEnabled", false), replace("/aadAuthEnabled", true)],
        },
      },
      {
        rule: "key and token auth both on",
        code: "key_and_token_auth_together",
        create: aksService("aks-both", { authEnabled: true, aadAuthEnabled: true }),
        patch: { service: "fraud-scoring", ops: [replace("/authEnabled", true)] },
      },
      {
        rule: "token on while key stays on by omission",
        code: "token_auth_requires_key_off",
        create: aksService("aks-token", { aadAuthEnabled: true }),
        patch: { service: "churn-predictor", ops: [replace("/aadAuthEnabled", true)] },
      },
    ].map((rule) => [`${rule.rule} → ${rule.code}`, rule] as const),
  )("%s (create and patch)", async ([, { code, create, patch }], { cp }) => {
    await expectError(await cp.create(create), 400, code);
    await expectError(await cp.patch(patch.service, patch.ops), 400, code);
    await expectError(await cp.get(create.name), 404, "not_found");
  });

  it("leaves the service unchanged after a refused change, and accepts the valid one", async ({ cp }) => {
    const before = await cp.service("churn-predictor");
    expect(before).toMatchObject({ authEnabled: true, aadAuthEnabled: false });
    const after = await expectBody(
      await cp.patch("churn-predictor", [replace("/aadAuthEnabled", true), replace("/authEnabled", false)]),
      200,
      ServiceSchema,
    );
    expect(after).toMatchObject({ authEnabled: false, aadAuthEnabled: true });
    const created = await cp.create(
      aksService("aks-token-ok", { computeName: "aks-dr-westus2", authEnabled: false, aadAuthEnabled: true }),
    );
    expect(created.status).toBe(202);
    expect(await cp.service("aks-token-ok")).toMatchObject({
      aadAuthEnabled: true,
      computeName: "aks-dr-westus2",
    });
  });
});
