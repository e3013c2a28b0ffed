import type { DestinationInput } from "@keyturn/api-contract";
import type { Db } from "../../db/client.ts";
import { ApiError } from "../../errors/api-error.ts";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import { auditedCall, auditedChange, auditScope } from "../audit/public.ts";
import {
  destinationView,
  listDestinations,
  recordPublished,
  replaceDestinations,
} from "./destination-store.ts";
import { publicName } from "./endpoint-key-provider.ts";
import { governingPolicyOf } from "./governing-policy.ts";
import { publishTo } from "./rotation-steps.ts";
import { activeSlotOf } from "./rotation-store.ts";
import type { RotationSubject } from "./rotation-subject.ts";
import { auditTarget } from "./rotations.handlers.ts";
import type { deleteDestinations, listDestinationsRoute, putDestinations } from "./rotations.routes.ts";
import { vaultUrlRefusal } from "./vault-publisher.ts";

export const listFor =
  (subject: RotationSubject): AppRouteHandler<typeof listDestinationsRoute> =>
  async (c) => {
    const { workspace, name } = c.req.valid("param");
    const { db } = c.var.deps.database;
    return c.json(
      { workspace, deployment: name, ...(await listed(db, workspace, subject.stored(name))) },
      200,
    );
  };

/** The active slot, the destinations and the policy a rotation started now follows (the wizard's defaults). */
async function listed(db: Db, workspace: string, deployment: string) {
  const rows = await listDestinations(db, workspace, deployment);
  const activeSlot = await activeSlotOf(db, workspace, deployment);
  const governing = await governingPolicyOf(db, workspace, deployment);
  const policy = governing && {
    id: governing.id,
    name: governing.name,
    graceSeconds: governing.graceSeconds,
    requireConfirmation: governing.requireConfirmation,
  };
  return { activeSlot, destinations: rows.map(destinationView), policy };
}

const unique = (list: DestinationInput[]) => {
  const seen = new Map(list.map((d) => [`${d.vaultUrl}\n${d.secretName}`, d]));
  return [...seen.values()];
};

/**
 * PUT …/destinations: the whole set. Each is written the active key at once (a new secret version,
 * the BFF's identity), so a secret never names a destination that holds no working key; the set and
 * the versions commit with the success record. A vault that refuses fails the whole change (502).
 */
export const putFor =
  (subject: RotationSubject): AppRouteHandler<typeof putDestinations> =>
  async (c) => {
    const { workspace, name } = c.req.valid("param");
    const wanted = unique(c.req.valid("json").destinations);
    const deps = c.var.deps;
    const refused = wanted
      .map((d, i) => ({ i, why: vaultUrlRefusal(deps, d.vaultUrl) }))
      .filter((r) => r.why !== null);
    if (refused.length > 0) {
      throw ApiError.validation(
        refused.map((r) => ({ path: `destinations.${r.i}.vaultUrl`, message: r.why ?? "" })),
        "A vault URL is not one the BFF may send its identity's token to.",
      );
    }
    const keys = await subject.keys(deps, workspace, name);
    const { db } = deps.database;
    const activeSlot = await activeSlotOf(db, keys.workspace, keys.deployment);
    const target = { workspace: keys.workspace, deployment: keys.deployment };
    const audited = auditTarget(keys.workspace, keys.deployment);
    const scope = auditScope(c, {
      action: "destination.change",
      target: audited.target,
      details: { destinations: wanted.length, activeSlot, ...audited.generation },
    });
    const by = c.var.identity.username;
    await auditedCall(
      scope,
      async () => {
        const value = await keys.read(activeSlot);
        if (!value)
          throw new ApiError(409, "conflict", {
            detail: `The deployment has no ${activeSlot} key to publish.`,
          });
        const written = await publishTo(deps, keys, value, activeSlot, wanted, false);
        const failed = written.find((w) => w.error !== null);
        if (failed) {
          throw new ApiError(502, "provider_rejected", {
            detail: `The vault ${failed.vaultUrl} refused the secret ${failed.secretName} (${failed.error}); nothing was changed.`,
          });
        }
        return written;
      },
      {
        successDetails: (w) => ({ published: w.length }),
        commit: async (tx, written) => {
          await replaceDestinations(tx, { ...target, by }, wanted);
          for (const w of written) {
            if (w.version) await recordPublished(tx, { ...target, ...w }, w.version, deps.now());
          }
        },
      },
    );
    const view = await listed(db, keys.workspace, keys.deployment);
    return c.json({ workspace: keys.workspace, deployment: publicName(keys.deployment), ...view }, 200);
  };

export const removeFor =
  (subject: RotationSubject): AppRouteHandler<typeof deleteDestinations> =>
  async (c) => {
    const { workspace, name } = c.req.valid("param");
    const target = { workspace, deployment: subject.stored(name) };
    const audited = auditTarget(workspace, target.deployment);
    const details = { destinations: 0, ...audited.generation };
    const scope = auditScope(c, { action: "destination.change", target: audited.target, details });
    const by = c.var.identity.username;
    await auditedChange(scope, (tx) => replaceDestinations(tx, { ...target, by }, []));
    return c.body(null, 204);
  };
