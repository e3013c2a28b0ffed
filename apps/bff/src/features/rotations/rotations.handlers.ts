import { randomUUID } from "node:crypto";
import {
  type AuditActor,
  applicablePolicy,
  newRotation,
  startRules,
  transitionRotation,
} from "@keyturn/auth-domain";
import { ApiError } from "../../errors/api-error.ts";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import { auditedChange, auditScope } from "../audit/public.ts";
import { listPolicies } from "./policies-store.ts";
import { auditedDeployment } from "./rotation-audit.ts";
import { engineFor } from "./rotation-engine.ts";
import { refuseShortGrace } from "./rotation-policy.ts";
import type { StoredStep } from "./rotation-record.ts";
import { activeSlotOf, insertRotation, listRotations, loadRotation, saveRotation } from "./rotation-store.ts";
import type { RotationSubject } from "./rotation-subject.ts";
import { toRotation } from "./rotation-view.ts";
import type { cancelRotation, getRotation, listRotationsRoute, startRotation } from "./rotations.routes.ts";

/** A rotation's audit target and details: an endpoint by its own name with `generation: v2`. */
export const auditTarget = (workspace: string, stored: string) => {
  const { deployment, generation } = auditedDeployment(stored);
  return { target: { workspace, deployment }, generation };
};

/**
 * POST …/rotations: checks the deployment (key auth, a scoring URI), runs it as its governing policy
 * says (grace unless one is asked, confirmation) and names that policy on the rotation, inserts the rotation held by this
 * replica with its `rotation.start` record in one transaction (409 when one is in progress), then
 * drives it in the background and answers 202 at once.
 */
export const startFor =
  (subject: RotationSubject): AppRouteHandler<typeof startRotation> =>
  async (c) => {
    const params = c.req.valid("param");
    const body = (c.req.valid("json") as { graceSeconds?: number } | undefined) ?? {};
    const deps = c.var.deps;
    refuseShortGrace(deps.config, body.graceSeconds);
    const keys = await subject.keys(deps, params.workspace, params.name);
    const { db } = deps.database;
    // The policy that governs it, as the scheduler picks one, over the tags Azure reports now.
    const governing = applicablePolicy(await listPolicies(db), {
      workspace: keys.workspace,
      tags: keys.tags,
    });
    const { graceSeconds, requireConfirmation, policyId } = startRules(governing, body.graceSeconds);
    const activeSlot = await activeSlotOf(db, keys.workspace, keys.deployment);
    const machine = newRotation({ activeSlot, graceSeconds, requireConfirmation });
    const identity = c.var.identity;
    const actor: AuditActor = {
      oid: identity.oid.slice(0, 64),
      name: identity.name.slice(0, 200),
      username: identity.username.slice(0, 200),
      roles: identity.roles.slice(0, 20),
    };
    const engine = engineFor(deps);
    const id = randomUUID();
    const stored = { workspace: keys.workspace, deployment: keys.deployment };
    const { target, generation } = auditTarget(keys.workspace, keys.deployment);
    const details = {
      rotation: id,
      graceSeconds,
      oldSlot: machine.oldSlot,
      newSlot: machine.newSlot,
      ...(policyId ? { policy: policyId } : {}),
      ...generation,
    };
    await auditedChange(auditScope(c, { action: "rotation.start", target, details }), (tx) =>
      insertRotation(tx, {
        id,
        ...stored,
        state: { machine, actor },
        startedBy: actor.username,
        holder: engine.holder,
        leaseMs: engine.leaseMs,
        policyId,
      }),
    );
    void engine.drive(id);
    const location = `${subject.pathOf(keys.workspace, keys.deployment)}/rotations/${id}`;
    return c.json({ id, phase: machine.phase }, 202, { Location: location });
  };

export const listFor =
  (subject: RotationSubject): AppRouteHandler<typeof listRotationsRoute> =>
  async (c) => {
    const { workspace, name } = c.req.valid("param");
    const items = await listRotations(c.var.deps.database.db, workspace, subject.stored(name));
    return c.json({ workspace, deployment: name, items: items.map(toRotation) }, 200);
  };

export const getFor =
  (subject: RotationSubject): AppRouteHandler<typeof getRotation> =>
  async (c) => {
    const { workspace, name, id } = c.req.valid("param");
    const where = { workspace, deployment: subject.stored(name) };
    const rotation = await loadRotation(c.var.deps.database.db, id, where);
    if (!rotation) throw ApiError.notFound(`The deployment has no rotation ${id}.`);
    return c.json(toRotation(rotation), 200);
  };

/** Written when another write (the engine's next step) came first: read again and decide again. */
class Moved extends Error {}

/**
 * POST …/rotations/{id}/cancel: the domain decides (409 `rotation_not_cancellable` once retire-old has
 * started or the rotation is over); the cancel and its record commit together, and only against the
 * version read — when the engine moved on meanwhile, the decision is taken again on the new state.
 */
export const cancelFor =
  (subject: RotationSubject): AppRouteHandler<typeof cancelRotation> =>
  async (c) => {
    const { workspace, name, id } = c.req.valid("param");
    const deps = c.var.deps;
    const { db } = deps.database;
    for (let attempt = 0; attempt < 10; attempt++) {
      const rotation = await loadRotation(db, id, { workspace, deployment: subject.stored(name) });
      if (!rotation) throw ApiError.notFound(`The deployment has no rotation ${id}.`);
      const next = transitionRotation(rotation.machine, {
        type: "cancel",
        at: Math.floor(deps.now().getTime() / 1000),
      });
      if (!next.ok) throw new ApiError(409, next.error.code, { detail: next.error.message });
      const at = deps.now().toISOString();
      const steps = rotation.steps.map(
        (s): StoredStep => (s.outcome === "running" ? { ...s, outcome: "cancelled", finishedAt: at } : s),
      );
      const { target, generation } = auditTarget(rotation.workspace, rotation.deployment);
      const scope = auditScope(c, {
        action: "rotation.cancel",
        target,
        details: { rotation: id, phase: rotation.machine.phase, ...generation },
      });
      try {
        await auditedChange(scope, async (tx) => {
          const saved = await saveRotation(tx, rotation, {
            state: { machine: next.value, actor: rotation.actor },
            steps,
          });
          if (!saved) throw new Moved();
        });
      } catch (err) {
        if (err instanceof Moved) continue;
        throw err;
      }
      const cancelled = await loadRotation(db, id);
      if (!cancelled) throw ApiError.notFound();
      return c.json(toRotation(cancelled), 200);
    }
    throw new ApiError(409, "conflict", { detail: "The rotation kept changing; read it and try again." });
  };
