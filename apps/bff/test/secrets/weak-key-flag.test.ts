import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { KeyListSchema } from "@keyturn/api-contract";
import { type RunningEmulator, startEmulator } from "@keyturn/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deploymentPath, type SecretsHarness, startSecretsHarness } from "../support/secrets-harness.ts";

// Azure takes any chosen key of 16 to 256 characters; the emulator refuses weak ones (auth-domain's
// key rule), so a weak key is put into its saved state here, as if chosen in another tool. The BFF
// flags it with the same rule: `weak` on that key only.

const WS = "ws-prod-eastus";
const NAME = "pricing-aci";
const WEAK = "a".repeat(16);

describe("a weak key chosen outside the console", () => {
  let h: SecretsHarness;
  let restarted: RunningEmulator | undefined;
  beforeAll(async () => {
    h = await startSecretsHarness("pglite");
    const port = Number(new URL(h.fx.emulator.url).port);
    await h.fx.emulator.close();
    const file = path.join(h.fx.dataDir, "emulator", "state.json");
    const state = JSON.parse(await readFile(file, "utf8")) as {
      services: { name: string; primaryKey: string }[];
    };
    for (const service of state.services) if (service.name === NAME) service.primaryKey = WEAK;
    await writeFile(file, JSON.stringify(state));
    restarted = await startEmulator({
      port,
      dataDir: h.fx.dataDir,
      idpIssuer: h.fx.idp.issuer,
      idpCaPem: h.fx.idp.caCertPem,
      transitionDelayMs: 10,
      regionLatencyScale: 0,
      roleAssignments: { "keyturn-bff": "Contributor", "keyturn-reader": "Reader" },
    });
  });
  afterAll(async () => {
    await restarted?.close();
    await h?.close();
  });

  it("is listed with weak: true; the service's other key and other services' keys are not", async () => {
    const list = async (name: string) =>
      KeyListSchema.parse(await (await h.call("GET", `${deploymentPath(WS, name)}/keys`, "operator")).json())
        .keys;
    expect((await h.keysOf(WS, NAME)).primaryKey).toBe(WEAK);
    expect((await list(NAME)).map((k) => [k.keyType, k.weak])).toEqual([
      ["Primary", true],
      ["Secondary", false],
    ]);
    expect((await list("churn-predictor")).map((k) => k.weak)).toEqual([false, false]);
    expect(JSON.stringify(h.captured)).not.toContain(WEAK);
  });
});
