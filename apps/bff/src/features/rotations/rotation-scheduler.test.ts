import { RotationSchema } from "@keyturn/api-contract";
import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { expectProblem } from "../../../test/support/problem.ts";
import { recordsWhere } from "../../../test/support/recorded.ts";
import { secretsHarnessFixture } from "../../../test/support/secrets-harness.ts";
import { inventory, rotationScheduleHolds, rotations } from "../../db/schema.ts";
import { syncInventory } from "../inventory/public.ts";
import { engineFor } from "./rotation-engine.ts";
import { SCHEDULER_ACTOR, scheduleDueRotations } from "./rotation-scheduler.ts";

const WS = "ws-prod-eastus";
const OLD = ["pricing-aci", "churn-predictor"];

describe("the rotation scheduler (PGlite, emulator)", () => {
  const h = secretsHarnessFixture("pglite");
  const pass = (perWorkspace = 1) => scheduleDueRotations(h.deps, engineFor(h.deps), { perWorkspace });
  const active = () =>
    h.db.database.db
      .select()
      .from(rotations)
      .where(notInArray(rotations.phase, ["completed", "failed", "cancelled"]));

  async function until(name: string, id: string, done: (phase: string) => boolean, ms = 30_000) {
    const end = Date.now() + ms;
    for (;;) {
      const response = await h
        .deployment("lead")
        .rotations[":id"].$get({ param: { workspace: WS, name, id } });
      const body = RotationSchema.parse(await response.json());
      if (done(body.phase) || Date.now() > end) return body;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it("starts nothing without a policy; with one, starts the due deployments of a workspace one at a time", async () => {
    await syncInventory(h.deps);
    const { db } = h.db.database;
    // Two of the workspace's key-auth services have keys 200 days old; the rest are new.
    await db
      .update(inventory)
      .set({ createdAt: sql`now() - interval '200 days'` })
      .where(and(eq(inventory.workspace, WS), inArray(inventory.deployment, OLD)));
    expect(await pass()).toEqual({ started: 0, held: [] });

    const policy = {
      name: "East keys",
      scope: { kind: "workspace", workspace: WS },
      maxKeyAgeDays: 90,
      graceSeconds: 0,
      requireConfirmation: true,
    } as const;
    const created = await h.client("admin").api["rotation-policies"].$post({ json: policy });
    expect(created.status).toBe(201);

    // The provider throttles: the workspace is held for its Retry-After, and nothing starts in it.
    await h.fx.admin.setFaults({ get: { rate429: 1, retryAfterSeconds: 120 } });
    expect(await pass()).toEqual({ started: 0, held: [WS] });
    const [hold] = await db.select().from(rotationScheduleHolds);
    expect(hold).toMatchObject({ workspace: WS, reason: "provider_throttled" });
    expect((hold?.until.getTime() ?? 0) - Date.now()).toBeGreaterThan(100_000);
    await h.fx.admin.clearFaults();
    expect(await pass()).toEqual({ started: 0, held: [WS] });
    expect(await active()).toEqual([]);

    // The hold is over: one rotation at a time in the workspace (perWorkspace = 1), the oldest first.
    await db.delete(rotationScheduleHolds);
    expect(await pass()).toEqual({ started: 1, held: [] });
    expect(await pass()).toEqual({ started: 0, held: [] });
    const [running] = await active();
    expect(running).toMatchObject({ workspace: WS, startedBy: SCHEDULER_ACTOR.username });
    expect(OLD).toContain(running?.deployment);
    const starts = await recordsWhere(h.db.database, { action: "rotation.start" });
    expect(starts.map((r) => [r.outcome, r.actorUsername])).toEqual([["success", SCHEDULER_ACTOR.username]]);
  });

  it("a rotation that needs a person waits before its old key dies; a Key rotator confirms it", async () => {
    const [row] = await active();
    const name = row?.deployment ?? "";
    const id = row?.id ?? "";
    const before = await h.keysOf(WS, name);
    const waiting = await until(name, id, (phase) => phase === "confirm" || phase === "failed");
    expect(waiting.phase).toBe("confirm");
    expect(waiting.view).toMatchObject({ oldKeyAlive: true, nextStep: "confirm" });
    const old = waiting.oldSlot === "Primary" ? before.primaryKey : before.secondaryKey;
    const now = await h.keysOf(WS, name);
    expect(waiting.oldSlot === "Primary" ? now.primaryKey : now.secondaryKey).toBe(old);

    const confirm = (who: "lead" | "support") =>
      h.deployment(who).rotations[":id"].confirm.$post({ param: { workspace: WS, name, id } });
    await expectProblem(await confirm("lead"), 403, "forbidden");
    const confirmed = await confirm("support");
    expect(confirmed.status).toBe(200);
    const done = await until(name, id, (phase) => phase === "completed" || phase === "failed");
    expect(done.phase).toBe("completed");
    expect(done.steps.find((s) => s.step === "confirm")).toMatchObject({
      outcome: "succeeded",
      actor: "support@keyturn.test",
    });
    const after = await h.keysOf(WS, name);
    expect(done.oldSlot === "Primary" ? after.primaryKey : after.secondaryKey).not.toBe(old);
    await expectProblem(await confirm("support"), 409, "rotation_event_not_allowed");
  });
});
