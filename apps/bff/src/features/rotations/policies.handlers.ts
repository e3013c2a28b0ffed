import { randomUUID } from "node:crypto";
import { type RotationPolicyRules, scopeKey } from "@keyturn/auth-domain";
import type { Db } from "../../db/client.ts";
import { ApiError } from "../../errors/api-error.ts";
import { checkIfMatch } from "../../http/if-match.ts";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import { auditedChange, auditScope, safeDetails } from "../audit/public.ts";
import type {
  createRotationPolicy,
  deleteRotationPolicy,
  getRotationPolicy,
  listRotationPolicies,
  previewRotationPolicy,
  updateRotationPolicy,
} from "./policies.routes.ts";
import { previewPolicy } from "./policies-preview.ts";
import {
  deletePolicy,
  findPolicy,
  insertPolicy,
  listPolicies,
  type PolicyRow,
  policyEtag,
  policyView,
  toStoredPolicy,
  updatePolicy,
} from "./policies-store.ts";

const STALE = "The policy changed since you read it: read it again, then retry.";

async function found(db: Db, id: string): Promise<PolicyRow> {
  const row = await findPolicy(db, id);
  if (!row) throw ApiError.notFound("No such rotation policy.");
  return row;
}

/** Names and exact scopes are unique: a clear 409 rather than the constraint's error. */
async function assertFree(db: Db, rules: RotationPolicyRules, exceptId?: string): Promise<void> {
  const others = (await listPolicies(db)).filter((p) => p.id !== exceptId);
  if (others.some((p) => p.name === rules.name))
    throw new ApiError(409, "conflict", { detail: `A rotation policy named "${rules.name}" exists.` });
  const same = others.find((p) => scopeKey(p.scope) === scopeKey(rules.scope));
  if (same)
    throw new ApiError(409, "conflict", {
      detail: `The policy "${same.name}" has exactly this scope: change that one instead.`,
    });
}

/** What the audit record says of a policy (no free text beyond its name). */
const described = (change: string, id: string, rules: RotationPolicyRules) =>
  safeDetails({
    policy: "rotation",
    change,
    policyId: id,
    name: rules.name,
    scope: rules.scope.kind,
    maxKeyAgeDays: rules.maxKeyAgeDays,
    graceSeconds: rules.graceSeconds,
    requireConfirmation: rules.requireConfirmation,
    enabled: rules.enabled,
  });

export const list: AppRouteHandler<typeof listRotationPolicies> = async (c) => {
  const policies = await listPolicies(c.var.deps.database.db);
  return c.json({ items: policies.map((p) => policyView(p.row)) }, 200);
};

export const get: AppRouteHandler<typeof getRotationPolicy> = async (c) => {
  const row = await found(c.var.deps.database.db, c.req.valid("param").id);
  c.header("ETag", policyEtag(row));
  c.header("Cache-Control", "no-cache");
  return c.json(policyView(row), 200);
};

export const create: AppRouteHandler<typeof createRotationPolicy> = async (c) => {
  const rules = c.req.valid("json") as RotationPolicyRules;
  const { deps, identity } = c.var;
  await assertFree(deps.database.db, rules);
  const id = randomUUID();
  const scope = auditScope(c, { action: "policy.change", details: described("create", id, rules) });
  const row = await auditedChange(scope, (tx) => insertPolicy(tx, id, rules, identity.username));
  c.header("ETag", policyEtag(row));
  return c.json(policyView(row), 201);
};

export const update: AppRouteHandler<typeof updateRotationPolicy> = async (c) => {
  const { id } = c.req.valid("param");
  const rules = c.req.valid("json") as RotationPolicyRules;
  const { deps, identity } = c.var;
  const { db } = deps.database;
  const current = await found(db, id);
  checkIfMatch(c.req.header("if-match"), policyEtag(current), STALE);
  await assertFree(db, rules, id);
  const scope = auditScope(c, { action: "policy.change", details: described("update", id, rules) });
  const row = await auditedChange(scope, async (tx) => {
    const written = await updatePolicy(tx, current, rules, identity.username, deps.now());
    if (!written) throw new ApiError(412, "precondition_failed", { detail: STALE });
    return written;
  });
  c.header("ETag", policyEtag(row));
  return c.json(policyView(row), 200);
};

export const remove: AppRouteHandler<typeof deleteRotationPolicy> = async (c) => {
  const { id } = c.req.valid("param");
  const { db } = c.var.deps.database;
  const current = await found(db, id);
  checkIfMatch(c.req.header("if-match"), policyEtag(current), STALE);
  const rules = toStoredPolicy(current);
  const scope = auditScope(c, { action: "policy.change", details: described("delete", id, rules) });
  await auditedChange(scope, async (tx) => {
    if (!(await deletePolicy(tx, current))) throw new ApiError(412, "precondition_failed", { detail: STALE });
  });
  return c.body(null, 204);
};

export const preview: AppRouteHandler<typeof previewRotationPolicy> = async (c) => {
  const { deps } = c.var;
  const { db } = deps.database;
  const row = await found(db, c.req.valid("param").id);
  const all = await listPolicies(db);
  return c.json(await previewPolicy(db, toStoredPolicy(row), all, deps.now()), 200);
};
