import { ApiError } from "../../errors/api-error.ts";
import { checkIfMatch } from "../../http/if-match.ts";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import { auditedChange, auditScope } from "../audit/public.ts";
import { policyView } from "./posture.handlers.ts";
import type { getPosturePolicy, putPosturePolicy } from "./posture-policy.routes.ts";
import { policyEtag, readPosturePolicy, writePosturePolicy } from "./posture-policy.ts";

const STALE_POLICY = "The policy changed since you read it: read it again, then retry.";

export const getPolicy: AppRouteHandler<typeof getPosturePolicy> = async (c) => {
  const stored = await readPosturePolicy(c.var.deps.database.db);
  c.header("ETag", policyEtag(stored.version));
  c.header("Cache-Control", "no-cache");
  return c.json(policyView(stored), 200);
};

/**
 * Check-and-set on the version named by If-Match; the change and its `policy.change` record commit
 * in one transaction (fail closed: 503 `audit_unavailable` and nothing changes).
 */
export const putPolicy: AppRouteHandler<typeof putPosturePolicy> = async (c) => {
  const body = c.req.valid("json");
  const { deps, identity } = c.var;
  const current = await readPosturePolicy(deps.database.db);
  checkIfMatch(c.req.header("if-match"), policyEtag(current.version), STALE_POLICY);
  const now = deps.now();
  const audit = auditScope(c, {
    action: "policy.change",
    details: {
      policy: "posture",
      maxKeyAgeDays: body.maxKeyAgeDays,
      previousMaxKeyAgeDays: current.policy.maxKeyAgeDays,
      version: current.version + 1,
    },
  });
  const written = await auditedChange(audit, async (tx) => {
    const result = await writePosturePolicy(tx, body, current.version, identity.username, now);
    if (!result) {
      const latest = await readPosturePolicy(tx);
      throw new ApiError(412, "precondition_failed", {
        detail: STALE_POLICY,
        headers: { ETag: policyEtag(latest.version) },
      });
    }
    return result;
  });
  c.header("ETag", policyEtag(written.version));
  return c.json(policyView(written), 200);
};
