import { randomUUID } from "node:crypto";
import { type AuditActor, newRotation } from "@keyturn/auth-domain";
import { count, notInArray } from "drizzle-orm";
import type { AppDeps } from "../../app-env.ts";
import { rotations } from "../../db/schema.ts";
import { ApiError } from "../../errors/api-error.ts";
import { type IntervalJob, intervalJob } from "../../jobs/interval-job.ts";
import { claimLease, releaseLease } from "../../jobs/job-lease.ts";
import { auditedChange } from "../audit/public.ts";
import { keysOf } from "./endpoint-key-provider.ts";
import type { RotatableKeys } from "./key-provider.ts";
import { forEachGoverned, type Governed } from "./policies-preview.ts";
import { listPolicies } from "./policies-store.ts";
import { rotationScope } from "./rotation-audit.ts";
import { engineFor, type RotationEngine } from "./rotation-engine.ts";
import { heldWorkspaces, holdWorkspace, throttleOf } from "./rotation-schedule-holds.ts";
import { activeSlotOf, insertRotation } from "./rotation-store.ts";

/** Who a scheduled rotation acts for: its audit records and step records name the scheduler. */
export const SCHEDULER_ACTOR: AuditActor = {
  oid: "keyturn-rotation-scheduler",
  name: "Rotation scheduler",
  username: "keyturn (rotation scheduler)",
  roles: [],
};

export interface SchedulerOptions {
  /** How often one replica looks for due rotations (0: never; the default is the env's). */
  intervalMs: number;
  /** At most this many rotations running at once in one workspace (its scheduled and manual ones). */
  perWorkspace: number;
  /** Finds the keys of a deployment (a v1 service or a v2 endpoint by its stored name, by default). */
  keysOf?: (deps: AppDeps, workspace: string, deployment: string) => Promise<RotatableKeys>;
}

export interface ScheduleReport {
  started: number;
  /** Workspaces skipped because the provider throttled them (this pass or an earlier one). */
  held: string[];
}

const JOB = "rotation-scheduler";
const OVER = ["completed", "failed", "cancelled"];

async function runningPerWorkspace(deps: AppDeps): Promise<Map<string, number>> {
  const rows = await deps.database.db
    .select({ workspace: rotations.workspace, n: count() })
    .from(rotations)
    .where(notInArray(rotations.phase, OVER))
    .groupBy(rotations.workspace);
  return new Map(rows.map((r) => [r.workspace, r.n]));
}

/** Starts one due rotation under its policy, as the start route does (the record and the row in one transaction). */
async function startScheduled(
  deps: AppDeps,
  engine: RotationEngine,
  { candidate, policy }: Governed,
  keysOf: NonNullable<SchedulerOptions["keysOf"]>,
): Promise<void> {
  const keys = await keysOf(deps, candidate.workspace, candidate.deployment);
  const { db } = deps.database;
  const activeSlot = await activeSlotOf(db, keys.workspace, keys.deployment);
  const { graceSeconds, requireConfirmation } = policy;
  const machine = newRotation({ activeSlot, graceSeconds, requireConfirmation });
  const id = randomUUID();
  const ref = { id, workspace: keys.workspace, deployment: keys.deployment, actor: SCHEDULER_ACTOR };
  const details = { graceSeconds, oldSlot: machine.oldSlot, newSlot: machine.newSlot, policy: policy.id };
  await auditedChange(rotationScope(deps, ref, "rotation.start", details), (tx) =>
    insertRotation(tx, {
      ...ref,
      state: { machine, actor: SCHEDULER_ACTOR },
      startedBy: SCHEDULER_ACTOR.username,
      holder: engine.holder,
      leaseMs: engine.leaseMs,
      policyId: policy.id,
    }),
  );
  void engine.drive(id);
}

/**
 * One pass: every deployment its governing policy says is due, oldest keys first, at most
 * `perWorkspace` running per workspace. A workspace that throttles (429, or 503 unavailable) is held
 * for its Retry-After (bounded) and nothing more is started in it until then, on any replica.
 */
export async function scheduleDueRotations(
  deps: AppDeps,
  engine: RotationEngine,
  options: Pick<SchedulerOptions, "perWorkspace" | "keysOf">,
): Promise<ScheduleReport> {
  const { db } = deps.database;
  const report: ScheduleReport = { started: 0, held: [] };
  const policies = await listPolicies(db);
  if (!policies.some((p) => p.enabled)) return report;
  const now = deps.now();
  const due = new Map<string, Governed[]>();
  await forEachGoverned(db, policies, now, (g) => {
    if (g.due.due) due.set(g.candidate.workspace, [...(due.get(g.candidate.workspace) ?? []), g]);
  });
  const held = await heldWorkspaces(db, now);
  const running = await runningPerWorkspace(deps);
  for (const [workspace, list] of [...due.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (held.has(workspace)) {
      report.held.push(workspace);
      continue;
    }
    const slots = options.perWorkspace - (running.get(workspace) ?? 0);
    list.sort((a, b) => b.due.keyAgeDays - a.due.keyAgeDays);
    for (const governed of list.slice(0, Math.max(0, slots))) {
      try {
        await startScheduled(deps, engine, governed, options.keysOf ?? keysOf);
        report.started += 1;
      } catch (err) {
        const throttle = throttleOf(err);
        if (throttle) {
          await holdWorkspace(db, workspace, throttle, now);
          report.held.push(workspace);
          break;
        }
        // Started meanwhile by a person (409), gone or no longer key auth: the next pass sees it anew.
        const level = err instanceof ApiError && err.status < 500 ? "info" : "error";
        deps.logger[level](
          { err, workspace, deployment: governed.candidate.deployment },
          "rotation scheduler: not started",
        );
      }
    }
  }
  return report;
}

/**
 * Starts due rotations every `intervalMs` (KEYTURN_ROTATION_SCHEDULE_SECONDS; 0 turns it off): one
 * replica per period across replicas, by the same job lease as the rotation runner and the inventory
 * sync. The rotations it starts are driven by this replica's engine, and resumed by any replica's
 * runner if this one dies.
 */
export function rotationScheduler(deps: AppDeps, options: SchedulerOptions): IntervalJob {
  const engine = engineFor(deps);
  const { db } = deps.database;
  return intervalJob(
    JOB,
    options.intervalMs,
    async () => {
      const leased = await claimLease(db, JOB, engine.holder, {
        leaseMs: Math.max(options.intervalMs, 60_000),
        minIntervalMs: options.intervalMs / 2,
      });
      if (!leased) return { skipped: true };
      let outcome: "ok" | "failed" = "failed";
      try {
        const report = await scheduleDueRotations(deps, engine, options);
        outcome = "ok";
        return report;
      } finally {
        await releaseLease(db, JOB, engine.holder, outcome);
      }
    },
    deps.logger,
  );
}
