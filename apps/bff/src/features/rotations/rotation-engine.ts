import { hostname } from "node:os";
import { type RotationEvent, type RotationStep, transitionRotation } from "@keyturn/auth-domain";
import type { AppDeps } from "../../app-env.ts";
import { ApiError } from "../../errors/api-error.ts";
import { auditedCall } from "../audit/public.ts";
import { announceRotation } from "../webhooks/public.ts";
import { keysOf } from "./endpoint-key-provider.ts";
import type { RotatableKeys } from "./key-provider.ts";
import { rotationScope } from "./rotation-audit.ts";
import { endGrace, stepRecord } from "./rotation-grace.ts";
import { runningRecord, type StoredRotation, type StoredStep } from "./rotation-record.ts";
import {
  publishKey,
  regenerateSlot,
  type StepContext,
  StepFailure,
  slotFingerprint,
  verifyKey,
} from "./rotation-steps.ts";
import { loadRotation, releaseLeases, renewLease, saveRotation } from "./rotation-store.ts";

export interface EngineOptions {
  /** How long a rotation stays this replica's without a heartbeat (then another replica resumes it). */
  leaseMs: number;
  /** A name for this replica in the step records and leases. */
  holder?: string;
  /** Finds the keys of a deployment (a v1 service or a v2 endpoint by its stored name, by default). */
  keysOf?: (deps: AppDeps, workspace: string, deployment: string) => Promise<RotatableKeys>;
}

export const DEFAULT_LEASE_MS = 30_000;
const epoch = (d: Date) => Math.floor(d.getTime() / 1000);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/**
 * Drives rotations step by step on this replica. Each step is recorded before it runs (its intent:
 * `running`) and after (its outcome, with the domain's transition), every write guarded by the row's
 * version and this replica's lease; so a crash leaves at most one step `running`, which the replica
 * that resumes it runs again — the regenerations checked against the fingerprint they started from,
 * verify and publish harmless to repeat.
 */
export class RotationEngine {
  readonly holder: string;
  private readonly running = new Map<string, Promise<void>>();
  private stopped = false;

  constructor(
    private readonly deps: AppDeps,
    private readonly options: EngineOptions,
  ) {
    this.holder = options.holder ?? `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  }

  get leaseMs() {
    return this.options.leaseMs;
  }

  /** Drives one rotation this replica holds, once at a time; resolves when it stops or is over. */
  drive(id: string): Promise<void> {
    const known = this.running.get(id);
    if (known) return known;
    const run = this.loop(id)
      .catch((err: unknown) => this.deps.logger.error({ err, rotation: id }, "rotation: the engine stopped"))
      .finally(() => this.running.delete(id));
    this.running.set(id, run);
    return run;
  }

  /** Stops driving, waits for the steps in flight, and hands the leases back so another replica resumes. */
  async stop(): Promise<void> {
    this.stopped = true;
    const ids = [...this.running.keys()];
    await Promise.all(this.running.values());
    await releaseLeases(this.deps.database.db, this.holder, ids).catch(() => undefined);
  }

  private async loop(id: string): Promise<void> {
    const { db } = this.deps.database;
    let keys: RotatableKeys | undefined;
    while (!this.stopped) {
      const rotation = await loadRotation(db, id);
      if (!rotation || rotation.leaseHolder !== this.holder) return;
      const { machine } = rotation;
      const now = this.deps.now();
      if (["completed", "failed", "cancelled", "confirm"].includes(machine.phase)) return;
      if (machine.phase === "pending") {
        await this.apply(rotation, { type: "start", at: epoch(now) }, rotation.steps);
        continue;
      }
      if (machine.phase === "grace") {
        await this.waitForGrace(rotation);
        continue;
      }
      const step = machine.phase as RotationStep;
      try {
        keys ??= await (this.options.keysOf ?? keysOf)(this.deps, rotation.workspace, rotation.deployment);
      } catch (err) {
        // Gone, or no longer key auth: the step cannot run, now or on a retry. A fault may pass: retried.
        if (!(err instanceof ApiError) || err.status >= 500) throw err;
        const failed = { ...this.record(rotation, step), outcome: "failed" as const, reason: err.code };
        await this.apply(rotation, { type: "step-failed", step, reason: err.code, at: epoch(now) }, [
          ...rotation.steps.filter((s) => s.outcome !== "running"),
          { ...failed, finishedAt: now.toISOString() },
        ]);
        continue;
      }
      await this.runStep(rotation, step, keys);
    }
  }

  /** Applies a domain event and writes it; false when the row moved on (a cancel, a lost lease). */
  private async apply(rotation: StoredRotation, event: RotationEvent, steps: StoredStep[]): Promise<boolean> {
    const next = transitionRotation(rotation.machine, event);
    if (!next.ok) throw new ApiError(409, next.error.code, { detail: next.error.message });
    // The transition and the webhooks' events it announces commit together.
    return this.deps.database.db.transaction(async (tx) => {
      const saved = await saveRotation(tx, rotation, {
        state: { machine: next.value, actor: rotation.actor },
        steps,
        holder: this.holder,
        leaseMs: this.options.leaseMs,
      });
      if (saved) await announceRotation(this.deps, tx, rotation, next.value);
      return saved;
    });
  }

  private async waitForGrace(rotation: StoredRotation): Promise<void> {
    const { leaseMs } = this.options;
    const left = (rotation.machine.graceEndsAt ?? 0) * 1000 - this.deps.now().getTime();
    if (left <= 0)
      return endGrace(this.deps, rotation, stepRecord(this.deps, rotation, "grace", this.holder), leaseMs);
    // Sleep in heartbeats: the lease stays ours, and a cancel is seen at the next one.
    await sleep(Math.min(left, leaseMs / 3));
    await renewLease(this.deps.database.db, rotation.id, this.holder, leaseMs);
  }

  private record(rotation: StoredRotation, step: RotationStep): StoredStep {
    return stepRecord(this.deps, rotation, step, this.holder);
  }

  /** Records the step's intent (unless a crashed run left it), runs it audited, records its outcome. */
  private async runStep(rotation: StoredRotation, step: RotationStep, keys: RotatableKeys): Promise<void> {
    const ctx: StepContext = { deps: this.deps, keys, rotation };
    const { machine } = rotation;
    let current = rotation;
    let intent = runningRecord(rotation, step);
    if (intent) {
      intent = { ...intent, runner: this.holder };
    } else {
      intent = this.record(rotation, step);
      if (step === "regenerate-standby" || step === "retire-old") {
        const slot = step === "retire-old" ? machine.oldSlot : machine.newSlot;
        intent.beforeFingerprint = await slotFingerprint(ctx, slot);
      }
      const steps = [...rotation.steps, intent];
      const saved = await saveRotation(this.deps.database.db, rotation, {
        state: { machine, actor: rotation.actor },
        steps,
        holder: this.holder,
        leaseMs: this.options.leaseMs,
      });
      if (!saved) return;
      current = { ...rotation, steps, version: rotation.version + 1 };
    }
    const others = current.steps.filter((s) => s !== runningRecord(current, step));
    const at = () => epoch(this.deps.now());
    // A step can outlast the lease (a regeneration waits for the workspace): keep it ours meanwhile.
    const { db } = this.deps.database;
    const heartbeat = setInterval(() => {
      renewLease(db, rotation.id, this.holder, this.options.leaseMs).catch(() => undefined);
    }, this.options.leaseMs / 3);
    heartbeat.unref();
    try {
      const done = await auditedCall(
        rotationScope(this.deps, rotation, "rotation.step", { step }),
        () => this.perform(ctx, step, intent),
        { successDetails: (r) => ({ destinations: r.destinations?.length ?? 0 }) },
      );
      const finished: StoredStep = {
        ...intent,
        ...done,
        outcome: "succeeded",
        finishedAt: this.deps.now().toISOString(),
      };
      await this.apply(current, { type: "step-succeeded", step, at: at() }, [...others, finished]);
    } catch (err) {
      const reason =
        err instanceof StepFailure ? err.reason : err instanceof ApiError ? err.code : "internal_error";
      const failed: StoredStep = {
        ...intent,
        outcome: "failed",
        finishedAt: this.deps.now().toISOString(),
        reason,
        destinations: err instanceof StepFailure ? err.destinations : intent.destinations,
      };
      await this.apply(current, { type: "step-failed", step, reason, at: at() }, [...others, failed]);
    } finally {
      clearInterval(heartbeat);
    }
  }

  private async perform(
    ctx: StepContext,
    step: RotationStep,
    intent: StoredStep,
  ): Promise<Partial<StoredStep>> {
    const { machine } = ctx.rotation;
    switch (step) {
      case "regenerate-standby":
        return regenerateSlot(ctx, machine.newSlot, intent.beforeFingerprint ?? null);
      case "retire-old":
        return regenerateSlot(ctx, machine.oldSlot, intent.beforeFingerprint ?? null);
      case "verify":
        return verifyKey(ctx, machine.newSlot);
      case "publish":
        return publishKey(ctx, machine.newSlot);
      default:
        throw new StepFailure("step_not_run_by_the_engine");
    }
  }
}

const engines = new WeakMap<AppDeps, RotationEngine>();

/** This app's engine (one per AppDeps, created on first use). */
export function engineFor(deps: AppDeps, options?: Partial<EngineOptions>): RotationEngine {
  let engine = engines.get(deps);
  if (!engine) {
    engine = new RotationEngine(deps, { leaseMs: DEFAULT_LEASE_MS, ...options });
    engines.set(deps, engine);
  }
  return engine;
}
