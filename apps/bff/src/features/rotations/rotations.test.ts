import {
  KeyDestinationListSchema,
  RotationAcceptedSchema,
  RotationListSchema,
  RotationSchema,
} from "@keyturn/api-contract";
import { SAMPLE_SCORING_INPUT } from "@keyturn/azureml-rest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectProblem } from "../../../test/support/problem.ts";
import { recordsWhere } from "../../../test/support/recorded.ts";
import { fingerprintOf, score, secretsHarnessFixture } from "../../../test/support/secrets-harness.ts";
import {
  readerSecretClient,
  startVaultServer,
  type VaultServer,
} from "../../../test/support/vault-server.ts";

const WS = "ws-prod-eastus";
const param = (name: string) => ({ param: { workspace: WS, name } });

describe("key rotations and Key Vault destinations (PGlite, emulator, vault over HTTPS)", () => {
  const h = secretsHarnessFixture("pglite");
  let vault: VaultServer;
  let vaultUrl: string;
  beforeAll(async () => {
    vault = await startVaultServer(h.fx.idp, h.fx.dataDir);
    vaultUrl = `${vault.origin}/kv-prod-eastus`;
  });
  afterAll(() => vault?.close());

  const rotations = (who: Parameters<typeof h.deployment>[0]) => h.deployment(who).rotations;

  async function until(name: string, id: string, done: (phase: string) => boolean, ms = 30_000) {
    const end = Date.now() + ms;
    for (;;) {
      const response = await rotations("lead")[":id"].$get({ param: { workspace: WS, name, id } });
      const body = RotationSchema.parse(await response.json());
      if (done(body.phase) || Date.now() > end) return body;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it("an Admin sets a destination and the active key is published to it at once; others may not", async () => {
    const body = { destinations: [{ vaultUrl, secretName: "pricing-aci" }] };
    const refused = await h.deployment("support").destinations.$put({ ...param("pricing-aci"), json: body });
    await expectProblem(refused, 403, "forbidden");

    const plain = { destinations: [{ vaultUrl: "http://localhost:8091/kv-prod-eastus", secretName: "x" }] };
    const http = await h.deployment("admin").destinations.$put({ ...param("pricing-aci"), json: plain });
    await expectProblem(http, 400, "validation_failed");

    const response = await h.deployment("admin").destinations.$put({ ...param("pricing-aci"), json: body });
    expect(response.status).toBe(200);
    const set = KeyDestinationListSchema.parse(await response.json());
    expect(set.activeSlot).toBe("Primary");
    expect(set.destinations).toEqual([
      expect.objectContaining({
        vaultUrl,
        secretName: "pricing-aci",
        lastVersion: expect.stringMatching(/^[0-9a-f]{32}$/),
      }),
    ]);
    const keys = await h.keysOf(WS, "pricing-aci");
    const secret = await readerSecretClient(h.fx.idp, vaultUrl).getSecret("pricing-aci");
    expect(secret.value).toBe(keys.primaryKey);
    expect(secret.properties.version).toBe(set.destinations[0]?.lastVersion);
    // The key is never in the answer or the audit log.
    expect(JSON.stringify(set)).not.toContain(keys.primaryKey);
    const records = await recordsWhere(h.db.database, { action: "destination.change" });
    expect(records.map((r) => r.outcome)).toEqual(["denied", "intent", "success"]);
    expect(JSON.stringify(records)).not.toContain(keys.primaryKey);
  });

  it("rotates without downtime: standby regenerated, verified, published, grace, old key dead", async () => {
    const name = "churn-predictor";
    await h
      .deployment("admin")
      .destinations.$put({ ...param(name), json: { destinations: [{ vaultUrl, secretName: name }] } });
    const before = await h.keysOf(WS, name);
    const { scoringUri } = await h.serviceOf(WS, name);

    const response = await rotations("support").$post({ ...param(name), json: { graceSeconds: 1 } });
    expect(response.status).toBe(202);
    const accepted = RotationAcceptedSchema.parse(await response.json());
    expect(response.headers.get("location")).toBe(`/api/deployments/${WS}/${name}/rotations/${accepted.id}`);
    // One at a time per deployment.
    const second = await rotations("operator").$post({ ...param(name), json: { graceSeconds: 1 } });
    await expectProblem(second, 409, "conflict");

    const done = await until(name, accepted.id, (p) => ["completed", "failed", "cancelled"].includes(p));
    expect(done.phase).toBe("completed");
    expect(done.steps.map((s) => [s.step, s.outcome])).toEqual([
      ["regenerate-standby", "succeeded"],
      ["verify", "succeeded"],
      ["publish", "succeeded"],
      ["grace", "succeeded"],
      ["retire-old", "succeeded"],
    ]);
    expect(done.view).toMatchObject({ activeSlot: "Secondary", oldKeyAlive: false, canCancel: false });
    expect(done.steps.every((s) => s.actor === "support@keyturn.test")).toBe(true);

    const after = await h.keysOf(WS, name);
    expect(after.secondaryKey).not.toBe(before.secondaryKey);
    expect(after.primaryKey).not.toBe(before.primaryKey);
    const publish = done.steps.find((s) => s.step === "publish");
    expect(publish?.fingerprint).toBe(fingerprintOf(after.secondaryKey));
    const secret = await readerSecretClient(h.fx.idp, vaultUrl).getSecret(name);
    expect(secret.value).toBe(after.secondaryKey);
    expect(publish?.destinations).toEqual([
      { vaultUrl, secretName: name, version: secret.properties.version, error: null },
    ]);

    const uri = scoringUri as string;
    expect((await score(uri, before.primaryKey ?? "", SAMPLE_SCORING_INPUT)).status).toBe(401);
    expect((await score(uri, after.secondaryKey ?? "", SAMPLE_SCORING_INPUT)).status).toBe(200);

    const steps = await recordsWhere(h.db.database, { action: "rotation.step" });
    // Every step audited: its intent and outcome (grace: its end, with the transition).
    expect(steps.filter((r) => r.outcome === "success").map((r) => r.details.step)).toEqual([
      "regenerate-standby",
      "verify",
      "publish",
      "grace",
      "retire-old",
    ]);
    const regenerations = await recordsWhere(h.db.database, { action: "key.regenerate" });
    expect(regenerations.filter((r) => r.outcome === "success").map((r) => r.targetKeyType)).toEqual([
      "Secondary",
      "Primary",
    ]);
    expect(JSON.stringify([...steps, ...regenerations])).not.toContain(after.secondaryKey);

    // The next rotation starts from the slot callers use now.
    const list = await rotations("lead").$get(param(name));
    expect(RotationListSchema.parse(await list.json()).items).toHaveLength(1);
  });

  it("a caller that reads the Key Vault secret before each call never fails during a rotation", async () => {
    const ws = "ws-edge-southcentralus";
    const name = "kiosk-aci";
    const p = { param: { workspace: ws, name } };
    const url = `${vault.origin}/kv-edge-southcentralus`;
    const put = await h.deployment("admin").destinations.$put({
      ...p,
      json: { destinations: [{ vaultUrl: url, secretName: name }] },
    });
    expect(put.status).toBe(200);
    const { scoringUri } = await h.serviceOf(ws, name);
    const reader = readerSecretClient(h.fx.idp, url);
    const calls = { ok: 0, failed: [] as number[] };
    let rotating = true;
    const caller = (async () => {
      while (rotating) {
        const key = (await reader.getSecret(name)).value ?? "";
        const status = (await score(scoringUri as string, key, SAMPLE_SCORING_INPUT)).status;
        if (status === 200) calls.ok += 1;
        else calls.failed.push(status);
      }
    })();
    const response = await h.deployment("support").rotations.$post({ ...p, json: { graceSeconds: 2 } });
    const { id } = RotationAcceptedSchema.parse(await response.json());
    const end = Date.now() + 30_000;
    let phase = "";
    while (!["completed", "failed", "cancelled"].includes(phase) && Date.now() < end) {
      const r = await h.deployment("lead").rotations[":id"].$get({ param: { ...p.param, id } });
      phase = RotationSchema.parse(await r.json()).phase;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    rotating = false;
    await caller;
    expect(phase).toBe("completed");
    expect(calls.failed).toEqual([]);
    expect(calls.ok).toBeGreaterThan(5);
  });

  it("refuses what cannot be rotated, and who may not rotate", async () => {
    const tokenOnly = await rotations("operator").$post({ ...param("fraud-scoring"), json: {} });
    await expectProblem(tokenOnly, 409, "conflict");
    const unknown = await rotations("operator").$post({ ...param("no-such-service"), json: {} });
    await expectProblem(unknown, 404, "not_found");
    const lead = await rotations("lead").$post({ ...param("pricing-aci"), json: {} });
    await expectProblem(lead, 403, "forbidden");
    const none = await rotations("lead")[":id"].$get({
      param: { workspace: WS, name: "pricing-aci", id: "00000000-0000-4000-8000-000000000000" },
    });
    await expectProblem(none, 404, "not_found");
    // Refused before anything is done: no record; a role that may not rotate: one denied record.
    const started = (deployment: string) =>
      recordsWhere(h.db.database, { action: "rotation.start", targetDeployment: deployment });
    expect(await started("fraud-scoring")).toEqual([]);
    expect((await started("pricing-aci")).map((r) => r.outcome)).toEqual(["denied"]);
  });

  it("a verification failure stops before the old key dies", async () => {
    const name = "legacy-ranker"; // unhealthy: its scoring URI answers 503
    const before = await h.keysOf(WS, name);
    const response = await rotations("support").$post({ ...param(name), json: { graceSeconds: 0 } });
    const { id } = RotationAcceptedSchema.parse(await response.json());
    const done = await until(name, id, (p) => ["completed", "failed", "cancelled"].includes(p));
    expect(done.phase).toBe("failed");
    expect(done.failure).toEqual({ step: "verify", reason: "scoring_failed" });
    expect(done.view.oldKeyAlive).toBe(true);
    const after = await h.keysOf(WS, name);
    expect(after.primaryKey).toBe(before.primaryKey);
  });

  it("cancels during the grace period (the old key lives); not once over", async () => {
    const name = "sentiment-aci";
    const ws = "ws-ml-westeurope";
    const p = { param: { workspace: ws, name } };
    const before = await h.keysOf(ws, name);
    const response = await h.deployment("operator").rotations.$post({ ...p, json: { graceSeconds: 3600 } });
    const { id } = RotationAcceptedSchema.parse(await response.json());
    const end = Date.now() + 30_000;
    let phase = "";
    while (phase !== "grace" && Date.now() < end) {
      const r = await h.deployment("lead").rotations[":id"].$get({ param: { ...p.param, id } });
      phase = RotationSchema.parse(await r.json()).phase;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(phase).toBe("grace");
    const cancelled = await h
      .deployment("operator")
      .rotations[":id"].cancel.$post({ param: { ...p.param, id } });
    expect(cancelled.status).toBe(200);
    const body = RotationSchema.parse(await cancelled.json());
    expect(body.phase).toBe("cancelled");
    expect(body.view.oldKeyAlive).toBe(true);
    expect((await h.keysOf(ws, name)).primaryKey).toBe(before.primaryKey);
    const again = await h.deployment("operator").rotations[":id"].cancel.$post({ param: { ...p.param, id } });
    await expectProblem(again, 409, "rotation_not_cancellable");
  });
});
