import { describe, expect } from "vitest";
import { it } from "./support/fixtures.ts";
import { arm, endpointsPath, expectArmError, pollUntil } from "./v2-support.ts";

// The keys and AML tokens of online endpoints: listKeys, regenerateKeys (a long-running operation,
// a chosen key under auth-domain's key rule) and token.

describe("keys and tokens", () => {
  it("lists keys, regenerates one (in force at once, a long-running operation) and honours a chosen key", async ({
    emu,
    tokens,
  }) => {
    const path = endpointsPath("ws-ml-westeurope", "route-k8s");
    const before = await arm(emu.url, tokens.contributor, "POST", `${path}/listKeys`);
    expect(before.status).toBe(200);
    expect(before.headers.get("cache-control")).toBe("no-store");
    const keys = before.body as { primaryKey: string; secondaryKey: string };
    const regenerated = await arm(emu.url, tokens.contributor, "POST", `${path}/regenerateKeys`, {
      body: { keyType: "Secondary" },
    });
    expect(regenerated.status).toBe(202);
    expect(regenerated.headers.get("location")).toMatch(/\/mfeOperationResults\//);
    const after = (await arm(emu.url, tokens.contributor, "POST", `${path}/listKeys`)).body as typeof keys;
    expect(after.primaryKey).toBe(keys.primaryKey);
    expect(after.secondaryKey).not.toBe(keys.secondaryKey);
    await pollUntil(regenerated.headers.get("location") ?? "", tokens.contributor, (a) => a.status === 200);

    const chosen = "a-chosen-primary-key-of-32-chars";
    const set = await arm(emu.url, tokens.contributor, "POST", `${path}/regenerateKeys`, {
      body: { keyType: "Primary", keyValue: chosen },
    });
    expect(set.status).toBe(202);
    await pollUntil(set.headers.get("location") ?? "", tokens.contributor, (a) => a.status === 200);
    expect(
      ((await arm(emu.url, tokens.contributor, "POST", `${path}/listKeys`)).body as typeof keys).primaryKey,
    ).toBe(chosen);
    const weak = await arm(emu.url, tokens.contributor, "POST", `${path}/regenerateKeys`, {
      body: { keyType: "Primary", keyValue: "aaaaaaaaaaaaaaaaaaaa" },
    });
    expectArmError(weak, 400, "weak_key");
    expect(JSON.stringify(weak.body)).not.toContain("aaaaaaaaaaaaaaaaaaaa");
    expectArmError(
      await arm(emu.url, tokens.contributor, "POST", `${path}/regenerateKeys`, {
        body: { keyType: "Tertiary" },
      }),
      400,
      "BadRequest",
    );
  });

  it("gives AML tokens with expiry and refresh times for AMLToken endpoints only", async ({
    emu,
    tokens,
  }) => {
    const now = Math.floor(Date.now() / 1000);
    const answer = await arm(
      emu.url,
      tokens.contributor,
      "POST",
      `${endpointsPath("ws-ml-westeurope", "claims-online")}/token`,
    );
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    const token = answer.body as {
      accessToken: string;
      tokenType: string;
      expiryTimeUtc: number;
      refreshAfterTimeUtc: number;
    };
    expect(token.tokenType).toBe("Bearer");
    expect(token.expiryTimeUtc).toBeGreaterThanOrEqual(now + 3599);
    expect(token.refreshAfterTimeUtc).toBeLessThan(token.expiryTimeUtc);
    expect(token.refreshAfterTimeUtc).toBeGreaterThan(now);
    expectArmError(
      await arm(
        emu.url,
        tokens.contributor,
        "POST",
        `${endpointsPath("ws-ml-westeurope", "route-k8s")}/token`,
      ),
      400,
      "BadRequest",
    );
  });
});

describe("the token call's distance", () => {
  it("costs the distance to a Kubernetes endpoint's cluster, and nothing for a managed endpoint", async ({
    startEmulator,
    tokens,
  }) => {
    const emulator = await startEmulator({ regionLatencyScale: 1 });
    const latency = async (ws: string, name: string) => {
      const answer = await arm(emulator.url, tokens.contributor, "POST", `${endpointsPath(ws, name)}/token`);
      expect(answer.status).toBe(200);
      return Number(answer.headers.get("x-ms-emulator-region-latency-ms"));
    };
    // eastus → westus2 is about 3,700 km: 20 ms per 1000 km.
    expect(await latency("ws-prod-eastus", "credit-k8s")).toBeGreaterThan(50);
    expect(await latency("ws-ml-westeurope", "claims-online")).toBe(0);
  });
});
