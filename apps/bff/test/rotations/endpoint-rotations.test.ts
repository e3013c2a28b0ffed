import {
  KeyDestinationListSchema,
  RotationAcceptedSchema,
  RotationListSchema,
  RotationSchema,
} from "@keyturn/api-contract";
import { newRotation } from "@keyturn/auth-domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  directEndpoints,
  endpointParam,
  endpointRoutes,
} from "../../src/features/endpoints/endpoint-test-support.ts";
import { syncInventory } from "../../src/features/inventory/public.ts";
import { endpointDeployment } from "../../src/features/rotations/endpoint-key-provider.ts";
import { engineFor, RotationEngine } from "../../src/features/rotations/rotation-engine.ts";
import { stepRecord } from "../../src/features/rotations/rotation-grace.ts";
import { SCHEDULER_ACTOR, scheduleDueRotations } from "../../src/features/rotations/rotation-scheduler.ts";
import {
  claimOrphans,
  insertRotation,
  loadRotation,
  saveRotation,
} from "../../src/features/rotations/rotation-store.ts";
import { expectProblem } from "../support/problem.ts";
import { recordsWhere } from "../support/recorded.ts";
import { fingerprintOf, score, secretsHarnessFixture, wsRef } from "../support/secrets-harness.ts";
import { startVaultCaller } from "../support/vault-caller.ts";
import { readerSecretClient, startVaultServer, type VaultServer } from "../support/vault-server.ts";

const INPUT = { data: [[0.038, 0.051, 0.062, 0.022, -0.044, -0.035, -0.043, -0.003, 0.02, -0.018]] };
const OVER = ["completed", "failed", "cancelled"];

describe("rotations of v2 online endpoints in Key mode (PGlite, emulator, vault over HTTPS)", () => {
  const h = secretsHarnessFixture("pglite");
  let vault: VaultServer;
  beforeAll(async () => {
    vault = await startVaultServer(h.fx.idp, h.fx.dataDir);
  });
  afterAll(() => vault?.close());

  type Who = Parameters<typeof endpointRoutes>[1];
  const routes = (who: Who) => endpointRoutes(h, who);

  async function until(ws: string, name: string, id: string, done: (phase: string) => boolean) {
    const end = Date.now() + 30_000;
    for (;;) {
      const response = await routes("lead").rotations[":id"].$get({ param: { workspace: ws, name, id } });
      const body = RotationSchema.parse(await response.json());
      if (done(body.phase) || Date.now() > end) return body;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it("rotates with no failed call by a caller reading the Key Vault secret before each call", async () => {
    const ws = "ws-prod-eastus";
    const name = "churn-online";
    const vaultUrl = `${vault.origin}/kv-prod-eastus`;
    const direct = await directEndpoints(h);
    const put = await routes("admin").destinations.$put({
      ...endpointParam(ws, name),
      json: { destinations: [{ vaultUrl, secretName: name }] },
    });
    expect(put.status).toBe(200);
    const set = KeyDestinationListSchema.parse(await put.json());
    expect(set).toMatchObject({ deployment: name, activeSlot: "Primary" });
    const before = await direct.keys(ws, name);
    const reader = readerSecretClient(h.fx.idp, vaultUrl);
    expect((await reader.getSecret(name)).value).toBe(before.primaryKey);
    const { scoringUri } = (await direct.get(ws, name)).properties;

    const caller = startVaultCaller({
      reader,
      secretName: name,
      scoringUri: scoringUri as string,
      body: INPUT,
    });
    const response = await routes("support").rotations.$post({
      ...endpointParam(ws, name),
      json: { graceSeconds: 2 },
    });
    expect(response.status).toBe(202);
    const { id } = RotationAcceptedSchema.parse(await response.json());
    expect(response.headers.get("location")).toBe(`/api/endpoints/${ws}/${name}/rotations/${id}`);
    // One at a time per endpoint.
    await expectProblem(
      await routes("operator").rotations.$post({ ...endpointParam(ws, name), json: {} }),
      409,
      "conflict",
    );
    const done = await until(ws, name, id, (p) => OVER.includes(p));
    const calls = await caller.stop();
    expect(done.phase).toBe("completed");
    expect(done.deployment).toBe(name);
    expect(calls.failed).toEqual([]);
    expect(calls.ok).toBeGreaterThan(5);

    const after = await direct.keys(ws, name);
    expect(after.primaryKey).not.toBe(before.primaryKey);
    expect(after.secondaryKey).not.toBe(before.secondaryKey);
    expect((await reader.getSecret(name)).value).toBe(after.secondaryKey);
    expect(done.steps.find((s) => s.step === "publish")?.fingerprint).toBe(fingerprintOf(after.secondaryKey));
    expect((await score(scoringUri as string, before.primaryKey ?? "", INPUT)).status).toBe(401);

    // Audited as the endpoint keys' routes record it: the endpoint's own name, generation v2.
    const regenerations = await recordsWhere(h.db.database, { action: "endpoint.key.regenerate" });
    expect(
      regenerations.filter((r) => r.outcome === "success").map((r) => [r.targetDeployment, r.targetKeyType]),
    ).toEqual([
      [name, "Secondary"],
      [name, "Primary"],
    ]);
    const started = await recordsWhere(h.db.database, { action: "rotation.start", targetDeployment: name });
    expect(started.map((r) => [r.outcome, r.details.generation])).toEqual([["success", "v2"]]);
    const all = JSON.stringify([...regenerations, ...started, done]);
    expect(all).not.toContain(after.secondaryKey);
    expect(all).not.toContain(before.primaryKey);

    // The keys panel's metadata names the rotation's regenerations.
    const keys = await routes("lead").keys.$get(endpointParam(ws, name));
    const body = (await keys.json()) as { keys: Array<{ rotatedBy: string | null }> };
    expect(body.keys.map((k) => k.rotatedBy)).toEqual(["support@keyturn.test", "support@keyturn.test"]);
    const list = await routes("lead").rotations.$get(endpointParam(ws, name));
    expect(RotationListSchema.parse(await list.json()).items.map((r) => r.id)).toEqual([id]);
    // The v1 path of the same name knows no such rotation.
    const v1 = await h.deployment("lead").rotations[":id"].$get({ param: { workspace: ws, name, id } });
    await expectProblem(v1, 404, "not_found");
  });

  it("refuses a token-mode endpoint and an unknown one before anything is recorded; a lead may not rotate", async () => {
    const ws = "ws-prod-eastus";
    await expectProblem(
      await routes("operator").rotations.$post({ ...endpointParam(ws, "fraud-online"), json: {} }),
      409,
      "conflict",
    );
    await expectProblem(
      await routes("operator").rotations.$post({ ...endpointParam(ws, "no-such-endpoint"), json: {} }),
      404,
      "not_found",
    );
    await expectProblem(
      await routes("lead").rotations.$post({ ...endpointParam(ws, "churn-online"), json: {} }),
      403,
      "forbidden",
    );
    const started = (deployment: string) =>
      recordsWhere(h.db.database, { action: "rotation.start", targetDeployment: deployment });
    expect(await started("fraud-online")).toEqual([]);
    expect(await started("no-such-endpoint")).toEqual([]);
  });

  it("a replica that died after Azure regenerated the standby is resumed without regenerating it again", async () => {
    const ws = "ws-ml-westeurope";
    const name = "route-k8s";
    const direct = await directEndpoints(h);
    const before = await direct.keys(ws, name);
    const actor = {
      oid: "support",
      name: "Support",
      username: "support@keyturn.test",
      roles: ["KeyRotator"],
    };
    const id = crypto.randomUUID();
    const inserted = await insertRotation(h.db.database.db, {
      id,
      workspace: ws,
      deployment: endpointDeployment(name),
      state: { machine: newRotation({ activeSlot: "Primary", graceSeconds: 0 }), actor },
      startedBy: actor.username,
      holder: "a-replica-that-died",
      leaseMs: 0,
    });
    // It started, recorded the intent of regenerate-standby, Azure regenerated the key, then it died.
    const machine = { ...inserted.machine, phase: "regenerate-standby" as const };
    const intent = {
      ...stepRecord(h.deps, inserted, "regenerate-standby", "a-replica-that-died"),
      beforeFingerprint: fingerprintOf(before.secondaryKey),
    };
    const saved = await saveRotation(h.db.database.db, inserted, {
      state: { machine, actor },
      steps: [intent],
      holder: "a-replica-that-died",
    });
    expect(saved).toBe(true);
    await direct.client.regenerateEndpointKey(wsRef(ws), name, "Secondary");
    const regenerated = await direct.keys(ws, name);

    const engine = new RotationEngine(h.deps, { leaseMs: 5_000, holder: "the-next-replica" });
    const claimed = await claimOrphans(h.db.database.db, engine.holder, engine.leaseMs);
    expect(claimed).toContain(id);
    await engine.drive(id);
    const final = await loadRotation(h.db.database.db, id);
    expect(final?.machine.phase).toBe("completed");
    expect(final?.steps.map((s) => [s.step, s.outcome, s.runner])).toEqual([
      ["regenerate-standby", "succeeded", "the-next-replica"],
      ["verify", "succeeded", "the-next-replica"],
      ["publish", "succeeded", "the-next-replica"],
      ["grace", "succeeded", "the-next-replica"],
      ["retire-old", "succeeded", "the-next-replica"],
    ]);
    const after = await direct.keys(ws, name);
    // The standby is the key the dead replica's regeneration left: not regenerated a second time.
    expect(after.secondaryKey).toBe(regenerated.secondaryKey);
    expect(after.primaryKey).not.toBe(before.primaryKey);
    const records = await recordsWhere(h.db.database, {
      action: "endpoint.key.regenerate",
      targetDeployment: name,
    });
    expect(records.filter((r) => r.outcome === "success").map((r) => r.targetKeyType)).toEqual(["Primary"]);
  });

  it("the scheduler rotates an endpoint the inventory lists when its policy says it is due", async () => {
    const ws = "ws-research-japaneast";
    const name = "vision-online";
    await syncInventory(h.deps);
    const policy = {
      name: "Japan East keys",
      scope: { kind: "workspace", workspace: ws },
      maxKeyAgeDays: 1,
      graceSeconds: 0,
      requireConfirmation: false,
    } as const;
    expect((await h.client("admin").api["rotation-policies"].$post({ json: policy })).status).toBe(201);
    const report = await scheduleDueRotations(h.deps, engineFor(h.deps), { perWorkspace: 20 });
    expect(report.held).toEqual([]);
    const list = await routes("lead").rotations.$get(endpointParam(ws, name));
    const [started] = RotationListSchema.parse(await list.json()).items;
    expect(started).toMatchObject({ deployment: name, startedBy: SCHEDULER_ACTOR.username });
    const done = await until(ws, name, started?.id ?? "", (p) => OVER.includes(p));
    expect(done.phase).toBe("completed");
  });
});
