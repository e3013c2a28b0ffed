import { request } from "node:http";
import { type Service, ServiceListSchema } from "@keyturn/azureml-rest";
import { describe, expect } from "vitest";
import { expectBody, expectError, WS_EASTUS, WS_JAPANEAST, WS_WESTEUROPE } from "./support/clients.ts";
import { it } from "./support/fixtures.ts";

/** fetch cannot set Host (a forbidden header), so this one request goes through node:http. */
const postWithHost = (url: string, path: string, host: string) =>
  new Promise<number>((resolve, reject) => {
    const req = request(`${url}/_emulator${path}`, { method: "POST", headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end();
  });

describe("the seeded fleet", () => {
  it("has ≥ 12 services: ACI and AKS, every auth mode, keys of different ages (some > 90 days)", async ({
    cp,
  }) => {
    const services: Service[] = [];
    for (const ws of [WS_EASTUS, WS_WESTEUROPE, WS_JAPANEAST]) {
      services.push(...(await expectBody(await cp.inWorkspace(ws).list(), 200, ServiceListSchema)).value);
    }
    expect(services.length).toBeGreaterThanOrEqual(12);
    const mode = (s: (typeof services)[number]) =>
      s.aadAuthEnabled ? "token" : s.authEnabled ? "key" : "none";
    for (const type of ["ACI", "AKS"]) expect(services.some((s) => s.computeType === type)).toBe(true);
    for (const m of ["none", "key", "token"]) expect(services.some((s) => mode(s) === m)).toBe(true);
    expect(services.some((s) => s.computeType === "ACI" && mode(s) === "none")).toBe(true);
    const ages = services.map((s) => (Date.now() - Date.parse(s.createdTime)) / 86_400_000);
    expect(ages.some((a) => a > 90)).toBe(true);
    expect(ages.some((a) => a < 30)).toBe(true);
    expect(Math.max(...ages)).toBeLessThan(220);
    // Token auth with the cluster in another region than its workspace (eastus): the answer names
    // the compute (its region is ARM's, test/computes.test.ts), as Azure's AKS answers do.
    const crossRegion = services.find((s) => s.name === "credit-risk-dr");
    expect(crossRegion).toMatchObject({
      aadAuthEnabled: true,
      computeType: "AKS",
      computeName: "aks-dr-westus2",
    });
    expect(crossRegion?.location).toBeUndefined();
  });
});

describe("/_emulator", () => {
  it("reports health", async ({ admin }) => {
    const res = await admin.health();
    expect(await res.json()).toMatchObject({ status: "ok", workspaces: 4, services: 21, regionsDown: [] });
  });

  it("resets to the seeded fleet: created services gone, deleted ones back, new keys, regions up", async ({
    cp,
    admin,
  }) => {
    const before = await cp.keys("churn-predictor");
    await cp.create({
      name: "temp-aci",
      computeType: "ACI",
      containerResourceRequirements: { cpu: 1, memoryInGB: 1 },
    });
    expect((await cp.remove("pricing-aci")).status).toBe(200);
    await admin.region("westeurope", "down");
    expect((await admin.reset()).status).toBe(200);
    await expectError(await cp.get("temp-aci"), 404, "not_found");
    await cp.service("pricing-aci");
    const after = await cp.keys("churn-predictor");
    expect(after.primaryKey).not.toBe(before.primaryKey);
    expect((await cp.inWorkspace(WS_WESTEUROPE).list()).status).toBe(200);
  });

  it("seed puts back missing seeded services without touching others, and adds generated ones", async ({
    cp,
    admin,
  }) => {
    const keys = await cp.keys("churn-predictor");
    expect((await cp.remove("pricing-aci")).status).toBe(200);
    const res = await admin.seed({ count: 150, workspace: "ws-ml-westeurope" });
    expect(await res.json()).toMatchObject({ added: 151, services: 21 + 150 });
    await cp.service("pricing-aci");
    expect(await cp.keys("churn-predictor")).toEqual(keys);
    // 156 services in one workspace: two pages, the second through nextLink.
    const westEurope = cp.inWorkspace(WS_WESTEUROPE);
    const page1 = await expectBody(await westEurope.list(), 200, ServiceListSchema);
    expect(page1.value).toHaveLength(100);
    const page2 = await expectBody(
      await westEurope.operationAt(page1.nextLink ?? ""),
      200,
      ServiceListSchema,
    );
    expect(page2.value).toHaveLength(56);
    expect(page2).not.toHaveProperty("nextLink");
    expect(new Set([...page1.value, ...page2.value].map((s) => s.name)).size).toBe(156);
    expect((await admin.seed()).status).toBe(200);
    await expectError(await admin.seed('{"count":1,"workspace":"nope"}'), 404, "not_found");
    await expectError(await admin.post("/seed", { body: '{"count":-1}' }), 400, "validation_failed");
    await admin.reset();
  });

  it("answers local callers only: a foreign Origin or Host is refused", async ({ emu, admin }) => {
    await expectError(
      await admin.post("/reset", { headers: { origin: "https://evil.example" } }),
      403,
      "forbidden",
    );
    expect(await postWithHost(emu.url, "/reset", "evil.example")).toBe(403);
    expect(await postWithHost(emu.url, "/regions/eastus/up", "evil.example:8090")).toBe(403);
    expect(await postWithHost(emu.url, "/regions/eastus/up", new URL(emu.url).host)).toBe(200);
    expect((await admin.call("GET", "/health", { headers: { origin: emu.url } })).status).toBe(200);
  });

  it("needs no Azure token, and unknown routes answer an Azure 404 body", async ({ emu, admin }) => {
    expect((await admin.regions()).status).toBe(200);
    await expectError(await fetch(`${emu.url}/nowhere`), 404, "not_found");
  });
});
