import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect } from "vitest";
import { startEmulator } from "../src/index.ts";
import { it } from "./support/fixtures.ts";
import { arm, endpointsPath, expectArmError, managedEndpoint, pollUntil, scoreAt } from "./v2-support.ts";

// The v2 state outlives a restart (endpoints, keys, modes), a change in flight at a stop is settled
// at the next start, and a workspace's region being down stops its v2 control plane as it does v1's.

describe("v2 state", () => {
  it("keeps endpoints and keys across a restart, and settles an operation the stop interrupted", async ({
    idp,
    tokens,
  }) => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "keyturn-emulator-v2-state-"));
    const options = { port: 0, httpsPort: null, dataDir, idpIssuer: idp.issuer, idpCaPem: idp.caCertPem };
    try {
      const first = await startEmulator({ ...options, transitionDelayMs: 60_000 });
      const path1 = endpointsPath("ws-ml-westeurope", "kept-online");
      expect(
        (
          await arm(first.url, tokens.contributor, "PUT", path1, {
            body: managedEndpoint("westeurope", "AADToken"),
          })
        ).status,
      ).toBe(201);
      const keys = (
        await arm(
          first.url,
          tokens.contributor,
          "POST",
          `${endpointsPath("ws-prod-eastus", "churn-online")}/listKeys`,
        )
      ).body;
      await first.close();
      expect(await readdir(path.join(dataDir, "emulator-v2"))).toEqual(["online-endpoints.json"]);

      const second = await startEmulator({ ...options, transitionDelayMs: 20 });
      try {
        const kept = (await arm(second.url, tokens.contributor, "GET", path1)).body as {
          properties: Record<string, unknown>;
        };
        expect(kept.properties).toMatchObject({ authMode: "AADToken", provisioningState: "Succeeded" });
        const again = (
          await arm(
            second.url,
            tokens.contributor,
            "POST",
            `${endpointsPath("ws-prod-eastus", "churn-online")}/listKeys`,
          )
        ).body;
        expect(again).toEqual(keys);
      } finally {
        await second.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it("answers 503 for a workspace whose region is down, and scores there still", async ({ emu, tokens }) => {
    const vision = endpointsPath("ws-research-japaneast", "vision-online");
    const { primaryKey } = (await arm(emu.url, tokens.contributor, "POST", `${vision}/listKeys`)).body as {
      primaryKey: string;
    };
    expect((await fetch(`${emu.url}/_emulator/regions/japaneast/down`, { method: "POST" })).status).toBe(200);
    try {
      expectArmError(await arm(emu.url, tokens.contributor, "GET", vision), 503, "workspace_region_down");
      expect((await arm(emu.url, tokens.contributor, "GET", endpointsPath("ws-prod-eastus"))).status).toBe(
        200,
      );
      const uri = `${emu.url}/online/vision-online.japaneast.inference.ml.azure.com/score`;
      expect((await scoreAt(uri, primaryKey)).status).toBe(200);
    } finally {
      await fetch(`${emu.url}/_emulator/regions/japaneast/up`, { method: "POST" });
    }
  });
  it("/_emulator/online-endpoints lists the v2 fleet without keys, and reset brings back the seed with new keys", async ({
    startEmulator,
    tokens,
  }) => {
    const emulator = await startEmulator();
    const churn = endpointsPath("ws-prod-eastus", "churn-online");
    const keys = (await arm(emulator.url, tokens.contributor, "POST", `${churn}/listKeys`)).body as {
      primaryKey: string;
    };
    await arm(emulator.url, tokens.contributor, "PATCH", churn, { body: { tags: { changed: "yes" } } });

    const listed = await fetch(`${emulator.url}/_emulator/online-endpoints`);
    const text = await listed.text();
    expect(listed.status).toBe(200);
    expect(text).not.toContain(keys.primaryKey);
    expect((JSON.parse(text) as { value: unknown[] }).value).toContainEqual(
      expect.objectContaining({
        workspace: "ws-prod-eastus",
        name: "churn-online",
        kind: "Managed",
        authMode: "Key",
      }),
    );

    const reset = await fetch(`${emulator.url}/_emulator/online-endpoints/reset`, { method: "POST" });
    expect(await reset.json()).toEqual({ endpoints: 6 });
    const after = (await arm(emulator.url, tokens.contributor, "GET", churn)).body as {
      tags: Record<string, string>;
    };
    expect(after.tags).not.toHaveProperty("changed");
    const newKeys = (await arm(emulator.url, tokens.contributor, "POST", `${churn}/listKeys`)).body as {
      primaryKey: string;
    };
    expect(newKeys.primaryKey).not.toBe(keys.primaryKey);

    const rebinding = await fetch(`${emulator.url}/_emulator/online-endpoints/reset`, {
      method: "POST",
      headers: { origin: "https://attacker.example" },
    });
    expect(rebinding.status).toBe(403);
  });
  it("/_emulator/online-endpoints/seed puts the seeded endpoints back and adds generated ones", async ({
    startEmulator,
    tokens,
  }) => {
    const emulator = await startEmulator();
    const vision = endpointsPath("ws-research-japaneast", "vision-online");
    const deleted = await arm(emulator.url, tokens.contributor, "DELETE", vision);
    await pollUntil(deleted.headers.get("location") ?? "", tokens.contributor, (a) => a.status === 200);
    const seed = (count: number) =>
      fetch(`${emulator.url}/_emulator/online-endpoints/seed`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ count, workspace: "ws-ml-westeurope" }),
      }).then((r) => r.json());
    expect(await seed(5)).toEqual({ restored: 1, generated: 5, endpoints: 11 });
    expect(await seed(2)).toEqual({ restored: 0, generated: 2, endpoints: 13 });
    expect((await arm(emulator.url, tokens.contributor, "GET", vision)).status).toBe(200);
    const page = (
      await arm(
        emulator.url,
        tokens.contributor,
        "GET",
        `${endpointsPath("ws-ml-westeurope")}?tags=generated`,
      )
    ).body as { value: { name: string; properties: { compute: string | null; authMode: string } }[] };
    expect(page.value.map((e) => e.name).sort()).toEqual([
      "gen-ep-00000",
      "gen-ep-00001",
      "gen-ep-00002",
      "gen-ep-00003",
      "gen-ep-00004",
      "gen-ep-00005",
      "gen-ep-00006",
    ]);
    expect(page.value.find((e) => e.name === "gen-ep-00003")?.properties.compute).toMatch(
      /\/computes\/aks-weu-01$/,
    );
  });
});
