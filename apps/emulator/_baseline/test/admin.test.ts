import { request } from "node:http";
import { ServiceKeysSchema, ServiceListSchema, ServiceSchema } from "@keyturn/azureml-rest";
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
  WS_EASTUS,
  WS_WESTEUROPE,
} from "./support.ts";

let idp: TestIdp;
let emu: TestEmulator;
let contributor: string;
let cp: ControlPlane;
beforeAll(async () => {
  idp = await startTestIdp();
  emu = await startTestEmulator(idp);
  contributor = (await principalTokens(idp)).contributor;
  cp = controlPlane(emu.url, contributor);
});
afterAll(async () => {
  await emu?.dispose();
  await idp?.dispose();
});

const admin = (path: string, init: RequestInit = {}) =>
  fetch(`${emu.url}/_emulator${path}`, { method: "POST", ...init });
/** fetch cannot set Host (a forbidden header), so this one request goes through node:http. */
const postWithHost = (path: string, host: string) =>
  new Promise<number>((resolve, reject) => {
    const req = request(`${emu.url}/_emulator${path}`, { method: "POST", headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end();
  });

describe("the seeded fleet", () => {
  it("has ≥ 12 services: ACI and AKS, every auth mode, keys of different ages (some > 90 days)", async () => {
    const services: ReturnType<typeof ServiceSchema.parse>[] = [];
    for (const ws of [WS_EASTUS, WS_WESTEUROPE, { ...WS_EASTUS, workspace: "ws-research-japaneast" }]) {
      services.push(
        ...(await expectBody(await controlPlane(emu.url, contributor, ws).list(), 200, ServiceListSchema))
          .value,
      );
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
    // Token auth with the cluster in another region than its workspace (eastus).
    const crossRegion = services.find((s) => s.name === "credit-risk-dr");
    expect(crossRegion).toMatchObject({ aadAuthEnabled: true, computeType: "AKS", location: "westus2" });
  });
});

describe("/_emulator", () => {
  it("reports health", async () => {
    const res = await fetch(`${emu.url}/_emulator/health`);
    expect(await res.json()).toMatchObject({ status: "ok", workspaces: 3, services: 16, regionsDown: [] });
  });

  it("resets to the seeded fleet: created services gone, deleted ones back, new keys, regions up", async () => {
    const before = await expectBody(await cp.listKeys("churn-predictor"), 200, ServiceKeysSchema);
    await cp.create({
      name: "temp-aci",
      computeType: "ACI",
      containerResourceRequirements: { cpu: 1, memoryInGB: 1 },
    });
    expect((await cp.remove("pricing-aci")).status).toBe(200);
    await admin("/regions/westeurope/down");
    expect((await admin("/reset")).status).toBe(200);
    await expectError(await cp.get("temp-aci"), 404, "not_found");
    await expectBody(await cp.get("pricing-aci"), 200, ServiceSchema);
    const after = await expectBody(await cp.listKeys("churn-predictor"), 200, ServiceKeysSchema);
    expect(after.primaryKey).not.toBe(before.primaryKey);
    expect((await controlPlane(emu.url, contributor, WS_WESTEUROPE).list()).status).toBe(200);
  });

  it("seed puts back missing seeded services without touching others, and adds generated ones", async () => {
    const keys = await expectBody(await cp.listKeys("churn-predictor"), 200, ServiceKeysSchema);
    expect((await cp.remove("pricing-aci")).status).toBe(200);
    const res = await admin("/seed", {
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ count: 150, workspace: "ws-ml-westeurope" }),
    });
    expect(await res.json()).toMatchObject({ added: 151, services: 16 + 150 });
    await expectBody(await cp.get("pricing-aci"), 200, ServiceSchema);
    expect(await expectBody(await cp.listKeys("churn-predictor"), 200, ServiceKeysSchema)).toEqual(keys);
    // 156 services in one workspace: two pages, the second through nextLink.
    const westEurope = controlPlane(emu.url, contributor, WS_WESTEUROPE);
    const page1 = await expectBody(await westEurope.list(), 200, ServiceListSchema);
    expect(page1.value).toHaveLength(100);
    const page2 = await expectBody(
      await westEurope.operationAt(page1.nextLink ?? ""),
      200,
      ServiceListSchema,
    );
    expect(page2.value).toHaveLength(56);
    expect(page2.nextLink ?? null).toBeNull();
    expect(new Set([...page1.value, ...page2.value].map((s) => s.name)).size).toBe(156);
    expect((await admin("/seed")).status).toBe(200);
    const unknown = await admin("/seed", {
      headers: { "content-type": "application/json" },
      body: '{"count":1,"workspace":"nope"}',
    });
    await expectError(unknown, 404, "not_found");
    await expectError(await admin("/seed", { body: '{"count":-1}' }), 400, "validation_failed");
    await admin("/reset");
  });

  it("answers local callers only: a foreign Origin or Host is refused", async () => {
    await expectError(
      await admin("/reset", { headers: { origin: "https://evil.example" } }),
      403,
      "forbidden",
    );
    expect(await postWithHost("/reset", "evil.example")).toBe(403);
    expect(await postWithHost("/regions/eastus/up", "evil.example:8090")).toBe(403);
    expect(await postWithHost("/regions/eastus/up", new URL(emu.url).host)).toBe(200);
    expect((await fetch(`${emu.url}/_emulator/health`, { headers: { origin: emu.url } })).status).toBe(200);
  });

  it("needs no Azure token, and unknown routes answer an Azure 404 body", async () => {
    expect((await fetch(`${emu.url}/_emulator/regions`)).status).toBe(200);
    await expectError(await fetch(`${emu.url}/nowhere`), 404, "not_found");
  });
});
