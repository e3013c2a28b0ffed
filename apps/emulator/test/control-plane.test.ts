import {
  OPERATION_LOCATION_HEADER,
  OperationSchema,
  ServiceListSchema,
  ServiceSchema,
} from "@keyturn/azureml-rest";
import { describe, expect } from "vitest";
import { aksService, expectBody, expectError, WS_EASTUS, waitForOperation } from "./support/clients.ts";
import { it } from "./support/fixtures.ts";

describe("services", () => {
  it("lists and gets services with every field of the wire schema", async ({ emu, cp }) => {
    const list = await expectBody(await cp.list(), 200, ServiceListSchema);
    expect(list.value.length).toBeGreaterThanOrEqual(5);
    const one = await cp.service("churn-predictor");
    expect(one).toMatchObject({
      name: "churn-predictor",
      computeType: "AKS",
      computeName: "aks-prod-eastus",
    });
    expect(one.scoringUri).toBe(`${emu.url}/aks/aks-prod-eastus/api/v1/service/churn-predictor/score`);
    const aci = await cp.service("pricing-aci");
    expect(aci.scoringUri).toMatch(/\/aci\/[0-9a-f-]{36}\.eastus\.azurecontainer\.io\/score$/);
    // An ACI runs on no compute of the workspace: its answer names none, as Azure's.
    expect(aci.computeName).toBeUndefined();
  });

  it("creates an AKS service asynchronously: 202, Operation-Location, Transitioning → Healthy", async ({
    emu,
    cp,
  }) => {
    const res = await cp.create(aksService("created-aks"));
    const accepted = await expectBody(res, 202, OperationSchema);
    const location = res.headers.get(OPERATION_LOCATION_HEADER) ?? "";
    expect(location).toMatch(new RegExp(`^${emu.url}/modelmanagement/v1.0/.*/operations/${accepted.id}$`));
    const op = await waitForOperation(cp, location);
    expect(OperationSchema.parse(op).state).toBe("Succeeded");
    const service = await cp.service("created-aks");
    // AKS defaults (seed): key auth on, token auth off; on its cluster, whose region is ARM's (no location).
    expect(service).toMatchObject({
      state: "Healthy",
      authEnabled: true,
      aadAuthEnabled: false,
      computeName: "aks-prod-eastus",
    });
    expect(service.location).toBeUndefined();
  });

  it("is Transitioning until the delay has passed", async ({ startEmulator }) => {
    const { cp: slowCp } = await startEmulator({ transitionDelayMs: 60_000 });
    const res = await slowCp.create(aksService("slow-aks"));
    expect(res.status).toBe(202);
    const op = await expectBody(
      await slowCp.operationAt(res.headers.get(OPERATION_LOCATION_HEADER) ?? ""),
      200,
      OperationSchema,
    );
    expect(op.state).toBe("Running");
    expect((await slowCp.service("slow-aks")).state).toBe("Transitioning");
  });

  it("creates an ACI with the ACI defaults (auth off) in the workspace's region unless given", async ({
    cp,
  }) => {
    const res = await cp.create({
      name: "created-aci",
      computeType: "ACI",
      containerResourceRequirements: { cpu: 1, memoryInGB: 1 },
    });
    await waitForOperation(cp, res.headers.get(OPERATION_LOCATION_HEADER) ?? "");
    const service = await cp.service("created-aci");
    expect(service).toMatchObject({
      authEnabled: false,
      aadAuthEnabled: false,
      location: "eastus",
      computeType: "ACI",
    });
    const res2 = await cp.create({
      name: "created-aci-2",
      computeType: "ACI",
      location: "uksouth",
      authEnabled: true,
      containerResourceRequirements: { cpu: 1, memoryInGB: 1 },
    });
    expect(res2.status).toBe(202);
    expect((await cp.service("created-aci-2")).location).toBe("uksouth");
  });

  it("uses supplied keys on create", async ({ cp }) => {
    const keys = { primaryKey: "chosen-primary-key-00001", secondaryKey: "chosen-secondary-key-001" };
    expect((await cp.create(aksService("keyed-aks", { keys }))).status).toBe(202);
    expect(await cp.keys("keyed-aks")).toEqual(keys);
  });

  it("refuses a duplicate name (409), an unknown cluster and malformed bodies (400)", async ({ cp }) => {
    await expectError(await cp.create(aksService("churn-predictor")), 409, "conflict");
    const unknownCluster = await expectError(
      await cp.create(aksService("x-aks", { computeName: "nope" })),
      400,
      "validation_failed",
    );
    // As Azure: the error names the compute that is not there (and the ones that are).
    expect(unknownCluster.message).toContain("'nope'");
    expect(unknownCluster.message).toContain("aks-prod-eastus");
    await expectError(
      await cp.create(aksService("x-aks", { computeName: undefined })),
      400,
      "validation_failed",
    );
    const badJson = await expectError(
      await cp.call(
        "POST",
        "/modelmanagement/v1.0/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/keyturn-dev/providers/Microsoft.MachineLearningServices/workspaces/ws-prod-eastus/services",
        "{not json",
      ),
      400,
      "validation_failed",
    );
    expect(badJson.message).toMatch(/not valid JSON/);
    const badName = await expectError(await cp.create(aksService("Bad_Name")), 400, "validation_failed");
    expect(badName.message).toMatch(/^Invalid service definition: name:/);
  });

  it("patches auth settings with a JSON Patch and answers the updated service", async ({ cp }) => {
    const res = await cp.patch("vision-tagger-missing", [
      { op: "replace", path: "/authEnabled", value: false },
    ]);
    await expectError(res, 404, "not_found");
    const updated = await expectBody(
      await cp.patch("churn-predictor", [
        { op: "replace", path: "/authEnabled", value: false },
        { op: "replace", path: "/aadAuthEnabled", value: true },
      ]),
      200,
      ServiceSchema,
    );
    expect(updated).toMatchObject({ authEnabled: false, aadAuthEnabled: true });
    expect((await cp.service("churn-predictor")).aadAuthEnabled).toBe(true);
  });

  it("refuses a patch that is not JSON Patch or touches other fields", async ({ cp }) => {
    const wrongType = await cp.call(
      "PATCH",
      "/modelmanagement/v1.0/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/keyturn-dev/providers/Microsoft.MachineLearningServices/workspaces/ws-prod-eastus/services/pricing-aci",
      [{ op: "replace", path: "/authEnabled", value: true }],
    );
    await expectError(wrongType, 415, "unsupported_media_type");
    await expectError(
      await cp.patch("pricing-aci", [{ op: "replace", path: "/state", value: "Failed" }]),
      400,
      "validation_failed",
    );
    await expectError(await cp.patch("pricing-aci", { op: "replace" }), 400, "validation_failed");
  });

  it("deletes a service (then 404)", async ({ cp }) => {
    expect((await cp.create(aksService("doomed-aks"))).status).toBe(202);
    expect((await cp.remove("doomed-aks")).status).toBe(200);
    await expectError(await cp.get("doomed-aks"), 404, "not_found");
    await expectError(await cp.remove("doomed-aks"), 404, "not_found");
  });

  it("answers 404 for an unknown workspace, service and operation", async ({ cp }) => {
    await expectError(await cp.inWorkspace({ ...WS_EASTUS, workspace: "nope" }).list(), 404, "not_found");
    await expectError(await cp.get("nope"), 404, "not_found");
    await expectError(await cp.operation("00000000-0000-0000-0000-000000000001"), 404, "not_found");
    await expectError(await cp.listKeys("nope"), 404, "not_found");
    await expectError(await cp.token("nope"), 404, "not_found");
  });
});
