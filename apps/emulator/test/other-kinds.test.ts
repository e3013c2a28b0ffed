import { createAzureMlClient, isAzureMlError, v1Paths } from "@keyturn/azureml-rest";
import { describe, expect } from "vitest";
import { SEED_RESOURCE_GROUP, SEED_SUBSCRIPTION_ID } from "../src/index.ts";
import { aksService, expectError, replace, scoringEndpoint, WS_EDGE } from "./support/clients.ts";
import { it as base, emulatorState } from "./support/fixtures.ts";

// What real workspaces hold beside ACI and AKS services, seeded in ws-edge-southcentralus: services of
// other kinds (listed with their kind's fields, refused by the auth calls), a region outside the first
// fifteen, and an ACI in another region than its workspace.

const it = base.extend("client", { scope: "file" }, ({ emu, tokens }) =>
  createAzureMlClient({
    baseUrl: emu.url,
    armBaseUrl: emu.url,
    getAccessToken: async () => tokens.contributor,
    retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
  }),
);

describe("the edge workspace (southcentralus)", () => {
  it("is listed by ARM in its region, and its services read item by item by the client", async ({
    client,
  }) => {
    const workspaces = await client.listWorkspaces(SEED_SUBSCRIPTION_ID, SEED_RESOURCE_GROUP);
    expect(workspaces.find((w) => w.name === WS_EDGE.workspace)?.location).toBe("southcentralus");

    const listing = await client.listServiceItems(WS_EDGE);
    expect(listing.unreadable).toEqual([]);
    expect(listing.services.map((s) => [s.name, s.computeType, s.location])).toEqual([
      ["dispatch-eta", "AKS", undefined],
      ["kiosk-aci", "ACI", "westus"],
    ]);
    expect(listing.otherKinds.map((s) => [s.name, s.computeType, s.computeName])).toEqual([
      ["partner-gateway", "AKSENDPOINT", "aks-scus-edge"],
      ["camera-edge", "IOT", null],
      ["legacy-batch", "UNKNOWN", null],
    ]);
    expect(await client.getComputeRegion(WS_EDGE, "aks-scus-edge")).toBe("southcentralus");
  });

  it("answers each kind with the fields its kind has, and none with a scoring endpoint", async ({ cp }) => {
    const edge = cp.inWorkspace(WS_EDGE);
    const body = async (name: string) => (await (await edge.get(name)).json()) as Record<string, unknown>;
    const endpoint = await body("partner-gateway");
    expect(endpoint).toMatchObject({ computeType: "AKSENDPOINT", computeName: "aks-scus-edge" });
    expect(endpoint).toMatchObject({ authEnabled: true, aadAuthEnabled: false, state: "Healthy" });
    const iot = await body("camera-edge");
    expect(iot).toMatchObject({ computeType: "IOT", authEnabled: false });
    expect(iot).not.toHaveProperty("aadAuthEnabled");
    const unknown = await body("legacy-batch");
    expect(unknown).toMatchObject({ computeType: "UNKNOWN" });
    expect(unknown).not.toHaveProperty("authEnabled");
    for (const other of [endpoint, iot, unknown]) {
      for (const field of ["location", "scoringUri", "swaggerUri"]) expect(other).not.toHaveProperty(field);
    }
    const filtered = (await (
      await edge.call("GET", `${v1Paths.services(WS_EDGE)}?computeType=iot`)
    ).json()) as {
      value: { name: string }[];
    };
    expect(filtered.value.map((s) => s.name)).toEqual(["camera-edge"]);
  });

  it("refuses the auth calls on another kind (400 naming the kind), and changes nothing", async ({
    cp,
    client,
    emu,
  }) => {
    const edge = cp.inWorkspace(WS_EDGE);
    const stored = async () =>
      (await emulatorState(emu.dataDir)).services.find((s) => s.name === "partner-gateway");
    const before = await (await edge.get("partner-gateway")).json();
    const storedBefore = await stored();
    const refusals = [
      await edge.patch("partner-gateway", [replace("/authEnabled", false)]),
      await edge.listKeys("partner-gateway"),
      await edge.regenerate("partner-gateway", { keyType: "Primary" }),
      await edge.token("partner-gateway"),
      await edge.listKeys("camera-edge"),
      await edge.token("legacy-batch"),
    ];
    for (const res of refusals) {
      const error = await expectError(res, 400, "BadRequest");
      expect(error.message).toMatch(/compute type (AKSENDPOINT|IOT|UNKNOWN)/);
    }
    expect(await (await edge.get("partner-gateway")).json()).toEqual(before);
    expect(await stored()).toEqual(storedBefore);
    // The client's getService reads only the kinds Keyturn manages, and says which kind it met.
    const error = await client.getService(WS_EDGE, "camera-edge").catch((err: unknown) => err);
    expect(isAzureMlError(error) && error.message).toMatch(/IOT/);
    // Unknown services are still 404, not 400.
    await expectError(await edge.listKeys("nope"), 404, "not_found");
  });

  it("scores its managed services as any other workspace's", async ({ cp }) => {
    const edge = cp.inWorkspace(WS_EDGE);
    const kiosk = await edge.service("kiosk-aci");
    expect(kiosk.location).toBe("westus");
    expect(kiosk.scoringUri).toContain(".westus.azurecontainer.io/score");
    await scoringEndpoint(kiosk.scoringUri ?? "").accepts((await edge.keys("kiosk-aci")).primaryKey);
    const dispatch = await edge.service("dispatch-eta");
    await scoringEndpoint(dispatch.scoringUri ?? "").accepts(await edge.accessToken("dispatch-eta"));
  });
});

describe("the admin API's fleet calls", () => {
  it("adds a workspace in a given region, its clusters its ARM computes; refuses a taken name or bad body", async ({
    cp,
    admin,
    client,
  }) => {
    const body = {
      name: "ws-lab-westus",
      location: "westus",
      clusters: [{ name: "aks-w3", region: "westus3" }],
    };
    const created = await admin.addWorkspace(body);
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ name: "ws-lab-westus", location: "westus" });
    const workspaces = await client.listWorkspaces(SEED_SUBSCRIPTION_ID, SEED_RESOURCE_GROUP);
    expect(workspaces.map((w) => w.name)).toContain("ws-lab-westus");
    const lab = { ...WS_EDGE, workspace: "ws-lab-westus" };
    expect((await cp.inWorkspace(lab).create(aksService("lab-aks", { computeName: "aks-w3" }))).status).toBe(
      202,
    );
    expect(await client.getComputeRegion(lab, "aks-w3")).toBe("westus3");

    await expectError(await admin.addWorkspace(body), 409, "conflict");
    await expectError(
      await admin.addWorkspace({ ...body, name: "ws-x", location: "atlantis" }),
      400,
      "validation_failed",
    );
    await expectError(await admin.addWorkspace({ ...body, name: "../ws" }), 400, "validation_failed");
    await expectError(
      await admin.addWorkspace({ ...body, name: "ws-y", extra: 1 }),
      400,
      "validation_failed",
    );
  });

  it("adds a service of another kind, listed read-only; refuses a managed kind, unknown names, a taken name", async ({
    cp,
    admin,
    client,
  }) => {
    const added = await admin.addService(WS_EDGE.workspace, {
      name: "fleet-endpoint",
      computeType: "AKSENDPOINT",
      computeName: "aks-scus-edge",
      authEnabled: true,
      state: "Unhealthy",
    });
    expect(added.status).toBe(201);
    expect(await added.json()).toMatchObject({
      name: "fleet-endpoint",
      computeType: "AKSENDPOINT",
      state: "Unhealthy",
    });
    const mir = await admin.addService(WS_EDGE.workspace, { name: "mir-thing", computeType: "MIR" });
    expect(mir.status).toBe(201);
    const { otherKinds } = await client.listServiceItems(WS_EDGE);
    expect(otherKinds.map((s) => s.name)).toEqual(expect.arrayContaining(["fleet-endpoint", "mir-thing"]));
    await expectError(await cp.inWorkspace(WS_EDGE).listKeys("mir-thing"), 400, "BadRequest");

    const add = (workspace: string, body: Record<string, unknown>) =>
      admin.addService(workspace, { name: "x-other", computeType: "IOT", ...body });
    await expectError(await add(WS_EDGE.workspace, { computeType: "AKS" }), 400, "validation_failed");
    await expectError(await add(WS_EDGE.workspace, { name: "Bad_Name" }), 400, "validation_failed");
    await expectError(await add("nope", {}), 404, "not_found");
    await expectError(await add(WS_EDGE.workspace, { computeName: "aks-gone" }), 404, "not_found");
    await expectError(await add(WS_EDGE.workspace, { name: "camera-edge" }), 409, "conflict");
  });

  it("are undone by reset: back to the seeded fleet", async ({ admin }) => {
    expect((await admin.reset()).status).toBe(200);
    const health = await (await admin.health()).json();
    expect(health).toMatchObject({ workspaces: 4, services: 21 });
  });
});
