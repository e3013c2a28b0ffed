import { AuditDetailValueSchema, type AuditOutcome, renderUntrusted } from "@keyturn/auth-domain";
import type { Context } from "hono";
import { depsOf } from "../../app-env.ts";
import { ApiError } from "../../errors/api-error.ts";
import { type AuditFacts, auditIntent } from "./audit-context.ts";
import { appendAudit } from "./audit-writer.ts";

/**
 * Appends one record for this request (its actor, request id, address, clock) in its own
 * transaction. Fail closed: a record that cannot be written throws 503 `audit_unavailable`, and the
 * caller must not go on (for a read such as an export or a verify: the result is not delivered).
 */
export async function recordRequestAudit(
  c: Context,
  facts: AuditFacts,
  outcome: AuditOutcome = "success",
): Promise<{ seq: number; hash: string }> {
  const deps = depsOf(c);
  if (!deps) throw new Error("recordRequestAudit() runs inside the app (deps missing)");
  const event = { ...auditIntent(c, facts), outcome, at: deps.now().toISOString() };
  try {
    return await deps.database.db.transaction((tx) => appendAudit(tx, event));
  } catch (err) {
    throw ApiError.auditUnavailable(err);
  }
}

/**
 * Request values as audit details: text rendered storable (controls escaped, at most 200 characters),
 * then each kept if the audit schema accepts it (not secret-looking), else recorded as withheld — so
 * an odd filter can never block the audit write.
 */
export function safeDetails(
  values: Record<string, string | number | boolean | undefined>,
): AuditFacts["details"] {
  const details: NonNullable<AuditFacts["details"]> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const shown = typeof value === "string" ? renderUntrusted(value, 200) : value;
    details[key] = AuditDetailValueSchema.safeParse(shown).success ? shown : "(withheld)";
  }
  return details;
}
