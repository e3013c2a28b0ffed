import { transitionRotation } from "@keyturn/auth-domain";
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { rotations } from "../../db/schema.ts";
import { ApiError } from "../../errors/api-error.ts";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import { auditedChange, auditScope } from "../audit/public.ts";
import { engineFor } from "./rotation-engine.ts";
import type { StoredRotation, StoredStep } from "./rotation-record.ts";
import { loadRotation } from "./rotation-store.ts";
import type { RotationSubject } from "./rotation-subject.ts";
import { toRotation } from "./rotation-view.ts";
import { auditTarget } from "./rotations.handlers.ts";
import type { confirmRotation } from "./rotations.routes.ts";

/** Another write (a cancel) came first: nothing is recorded, the decision is taken again. */
class Moved extends Error {}

/**
 * Writes the confirmed state against the version read and hands the rotation to this replica's engine
 * (nobody drives a rotation that waits for a person), so its old key is retired from here.
 */
async function saveConfirmed(
  tx: Tx,
  rotation: StoredRotation,
  next: StoredRotation["machine"],
  steps: StoredStep[],
  lease: { holder: string; leaseMs: number },
): Promise<void> {
  const saved = await tx
    .update(rotations)
    .set({
      phase: next.phase,
      state: { machine: next, actor: rotation.actor },
      steps,
      version: rotation.version + 1,
      updatedAt: sql`now()`,
      leaseHolder: lease.holder,
      leaseUntil: sql`now() + (${Math.round(lease.leaseMs)} * interval '1 millisecond')`,
    })
    .where(and(eq(rotations.id, rotation.id), eq(rotations.version, rotation.version)))
    .returning({ id: rotations.id });
  if (saved.length === 0) throw new Moved();
}

/**
 * POST …/rotations/{id}/confirm: a person lets the old key die. Only a rotation waiting at its
 * confirm step (the policy asked for one) may be confirmed — else 409 `rotation_event_not_allowed`;
 * the step's record names who confirmed, and commits with its `rotation.step` audit record.
 */
export const confirmFor =
  (subject: RotationSubject): AppRouteHandler<typeof confirmRotation> =>
  async (c) => {
    const { workspace, name, id } = c.req.valid("param");
    const deps = c.var.deps;
    const { db } = deps.database;
    const engine = engineFor(deps);
    for (let attempt = 0; attempt < 10; attempt++) {
      const rotation = await loadRotation(db, id, { workspace, deployment: subject.stored(name) });
      if (!rotation) throw ApiError.notFound(`The deployment has no rotation ${id}.`);
      const now = deps.now();
      const next = transitionRotation(rotation.machine, {
        type: "confirm",
        at: Math.floor(now.getTime() / 1000),
      });
      if (!next.ok) throw new ApiError(409, next.error.code, { detail: next.error.message });
      const record: StoredStep = {
        step: "confirm",
        outcome: "succeeded",
        startedAt: rotation.updatedAt.toISOString(),
        finishedAt: now.toISOString(),
        actor: c.var.identity.username,
        runner: engine.holder,
        reason: null,
        fingerprint: null,
        destinations: [],
      };
      const { target, generation } = auditTarget(rotation.workspace, rotation.deployment);
      const scope = auditScope(c, {
        action: "rotation.step",
        target,
        details: { rotation: id, step: "confirm", ...generation },
      });
      try {
        await auditedChange(scope, (tx) =>
          saveConfirmed(tx, rotation, next.value, [...rotation.steps, record], {
            holder: engine.holder,
            leaseMs: engine.leaseMs,
          }),
        );
      } catch (err) {
        if (err instanceof Moved) continue;
        throw err;
      }
      void engine.drive(id);
      const confirmed = await loadRotation(db, id);
      if (!confirmed) throw ApiError.notFound();
      return c.json(toRotation(confirmed), 200);
    }
    throw new ApiError(409, "conflict", { detail: "The rotation kept changing; read it and try again." });
  };
