import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  SAMPLE_SCORING_INPUT,
  ServiceKeysSchema,
  ServiceListSchema,
  ServiceSchema,
  TokenResponseSchema,
} from "@keyturn/azureml-rest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  controlPlane,
  expectBody,
  principalTokens,
  score,
  startTestEmulator,
  startTestIdp,
  type TestIdp,
} from "./support.ts";

let idp: TestIdp;
let dataDir: string;
let contributor: string;
beforeAll(async () => {
  idp = await startTestIdp();
  contributor = (await principalTokens(idp)).contributor;
  dataDir = await mkdtemp(path.join(tmpdir(), "keyturn-emulator-persist-"));
});
afterAll(async () => {
  await idp?.dispose();
  await rm(dataDir, { recursive: true, force: true });
});

describe("restart on the same data folder", () => {
  it("keeps services, keys, auth settings, operations, and tokens from before still verify", async () => {
    const first = await startTestEmulator(idp, { dataDir, transitionDelayMs: 2500 });
    const cp1 = controlPlane(first.url, contributor);
    const created = await cp1.create({
      name: "persisted-aks",
      computeType: "AKS",
      computeName: "aks-prod-eastus",
      authEnabled: false,
      aadAuthEnabled: true,
      containerResourceRequirements: { cpu: 1, memoryInGB: 1 },
    });
    const opUrl = created.headers.get("operation-location") ?? "";
    await cp1.regenerate("churn-predictor", { keyType: "Secondary" });
    const services1 = await expectBody(await cp1.list(), 200, ServiceListSchema);
    const keys1 = await expectBody(await cp1.listKeys("churn-predictor"), 200, ServiceKeysSchema);
    const token = await expectBody(await cp1.token("fraud-scoring"), 200, TokenResponseSchema);
    await first.close();
    const onDisk = JSON.parse(await readFile(path.join(dataDir, "emulator", "state.json"), "utf8")) as {
      services: { name: string; state: string }[];
    };
    expect(onDisk.services.find((s) => s.name === "persisted-aks")?.state).toBe("Transitioning");

    const second = await startTestEmulator(idp, { dataDir });
    try {
      const cp2 = controlPlane(second.url, contributor);
      const services2 = await expectBody(await cp2.list(), 200, ServiceListSchema);
      const strip = (list: typeof services1) =>
        list.value.map(({ scoringUri: _s, swaggerUri: _w, state: _t, updatedTime: _u, ...rest }) => rest);
      expect(strip(services2)).toEqual(strip(services1));
      expect(await expectBody(await cp2.listKeys("churn-predictor"), 200, ServiceKeysSchema)).toEqual(keys1);
      // The deployment was cut short by the restart (still Transitioning on disk) and completes in
      // the new process at its persisted time.
      await expect
        .poll(async () => (await expectBody(await cp2.get("persisted-aks"), 200, ServiceSchema)).state, {
          timeout: 8000,
        })
        .toBe("Healthy");
      const op = await (await cp2.operationAt(opUrl.replace(first.url, second.url))).json();
      expect(op).toMatchObject({ state: "Succeeded" });
      const tokenUri =
        (await expectBody(await cp2.get("fraud-scoring"), 200, ServiceSchema)).scoringUri ?? "";
      expect((await score(tokenUri, token.accessToken, SAMPLE_SCORING_INPUT)).status).toBe(200);
      const keyUri =
        (await expectBody(await cp2.get("churn-predictor"), 200, ServiceSchema)).scoringUri ?? "";
      expect((await score(keyUri, keys1.secondaryKey ?? "", SAMPLE_SCORING_INPUT)).status).toBe(200);
      // Written atomically: no temporary files are left beside the state.
      expect(await readdir(path.join(dataDir, "emulator"))).toEqual(["state.json"]);
    } finally {
      await second.close();
    }
  });
});
