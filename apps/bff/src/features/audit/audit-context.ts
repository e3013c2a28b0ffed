import type { AuditAction, AuditTarget } from "@keyturn/auth-domain";
import type { Context } from "hono";
import { type AppEnv, depsOf } from "../../app-env.ts";
import { identityOf } from "../../auth/authorize.ts";
import { clientAddress } from "../../http/client-address.ts";
import { type AuditIntent, type WithAuditOptions, withAudit } from "./audit-writer.ts";

export interface AuditFacts {
  action: AuditAction;
  target?: AuditTarget;
  details?: AuditIntent["details"];
}

const cut = (value: string | undefined, max: number) =>
  value === undefined ? undefined : value.slice(0, max);

/** An audit intent for this request: who (from the verified token), from where, and the request id. */
export function auditIntent(c: Context, facts: AuditFacts): AuditIntent {
  const identity = identityOf(c);
  const deps = depsOf(c);
  return {
    actor: {
      oid: identity.oid.slice(0, 64),
      name: identity.name.slice(0, 200),
      username: identity.username.slice(0, 200),
      roles: identity.roles.slice(0, 20),
    },
    action: facts.action,
    target: {
      workspace: cut(facts.target?.workspace, 200),
      deployment: cut(facts.target?.deployment, 200),
      keyType: facts.target?.keyType,
    },
    requestId: String((c as Context<AppEnv>).get("requestId") ?? "unknown").slice(0, 100),
    clientAddress: clientAddress(c, deps?.config.trustedProxyHops ?? 0),
    userAgent: cut(c.req.header("user-agent"), 300) ?? null,
    details: facts.details ?? {},
  };
}

/**
 * `withAudit` for a request: intent → action → outcome, with the actor, request id and clock of this
 * request. Throws 503 `audit_unavailable` (and does not run `action`) when the intent cannot be written.
 */
export function audited<T>(
  c: Context,
  facts: AuditFacts,
  action: () => Promise<T>,
  options: Pick<WithAuditOptions<T>, "successDetails"> = {},
): Promise<T> {
  const deps = depsOf(c);
  if (!deps) throw new Error("audited() runs inside the app (deps missing)");
  const logger = deps.logger;
  return withAudit(deps.database.db, auditIntent(c, facts), action, {
    ...options,
    now: deps.now,
    onAuditFailure: (err) =>
      logger.error({ err, action: facts.action }, "audit: failed outcome not recorded"),
  });
}
