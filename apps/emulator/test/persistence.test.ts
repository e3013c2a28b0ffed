import { readdir } from "node:fs/promises";
import path from "node:path";
import { ServiceListSchema } from "@keyturn/azureml-rest";
import { describe, expect } from "vitest";
import { aksService, expectBody, scoringOf } from "./support/clients.ts";
import { emulatorState, it } from "./support/fixtures.ts";

describe("restart on the same data folder", () => {
  it("keeps services, keys, auth settings, operations, and tokens from before still verify", async ({
    startEmulator,
  }) => {
    const first = await startEmulator({ transitionDelayMs: 2500 });
    const { dataDir, cp: cp1 } = first;
    const created = await cp1.create(
      aksService("persisted-aks", {
        authEnabled: false,
        aadAuthEnabled: true,
        containerResourceRequirements: { cpu: 1, memoryInGB: 1 },
      }),
    );
    const opUrl = created.headers.get("operation-location") ?? "";
    await cp1.regenerate("churn-predictor", { keyType: "Secondary" });
    const services1 = await expectBody(await cp1.list(), 200, ServiceListSchema);
    const keys1 = await cp1.keys("churn-predictor");
    const token = await cp1.accessToken("fraud-scoring");
    await first.close();
    const onDisk = await emulatorState(dataDir);
    expect(onDisk.services.find((s) => s.name === "persisted-aks")?.state).toBe("Transitioning");

    const second = await startEmulator({ dataDir });
    const cp2 = second.cp;
    const services2 = await expectBody(await cp2.list(), 200, ServiceListSchema);
    const strip = (list: typeof services1) =>
      list.value.map(({ scoringUri: _s, swaggerUri: _w, state: _t, updatedTime: _u, ...rest }) => rest);
    expect(strip(services2)).toEqual(strip(services1));
    expect(await cp2.keys("churn-predictor")).toEqual(keys1);
    // The deployment was cut short by the restart (still Transitioning on disk) and completes in
    // the new process at its persisted time.
    await expect
      .poll(async () => (await cp2.service("persisted-aks")).state, { timeout: 8000 })
      .toBe("Healthy");
    const op = await (await cp2.operationAt(opUrl.replace(first.url, second.url))).json();
    expect(op).toMatchObject({ state: "Succeeded" });
    const scoring = scoringOf(cp2);
    expect((await scoring("fraud-scoring").score(token)).status).toBe(200);
    expect((await scoring("churn-predictor").score(keys1.secondaryKey)).status).toBe(200);
    // Written atomically: no temporary files are left beside the state.
    expect(await readdir(path.join(dataDir, "emulator"))).toEqual(["state.json"]);
  });
});
