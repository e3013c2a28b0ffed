import { type AuditAction, type AuditTarget, normalizeKeyType, renderUntrusted } from "@keyturn/auth-domain";
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../../app-env.ts";
import { ApiError } from "../../errors/api-error.ts";
import { auditRecord, auditScope } from "./audit-write.ts";

/** Raw path values; the key type is normalised (`primary` → `Primary`) or dropped. */
export type RawTarget = {
  workspace?: string | undefined;
  deployment?: string | undefined;
  keyType?: string | undefined;
};

export interface AuditDeniedOptions {
  action: AuditAction;
  /** The target, from the (not yet validated) path: recorded as `renderUntrusted` shows it. */
  target?: (c: Context) => RawTarget;
}

/**
 * Records a `denied` outcome when the guarded route answers 403 (the caller is authenticated but its
 * roles do not allow the action). Nothing was done, so a failure to record is logged, not fatal.
 * `defineRoute` mounts it before `requirePermission` on every route that declares `audit`.
 */
export function auditDenied(options: AuditDeniedOptions): MiddlewareHandler<AppEnv> {
  return async function auditDenied(c, next) {
    try {
      await next();
    } catch (err) {
      // Inside the route's guard chain a refusal arrives as the thrown ApiError.
      if (err instanceof ApiError && err.status === 403) await record(c, options);
      throw err;
    }
    // A refusal decided later (by the handler) arrives as the response.
    if (c.res.status === 403) await record(c, options);
  };
}

async function record(c: Context<AppEnv>, options: AuditDeniedOptions): Promise<void> {
  if (!c.get("identity")) return;
  try {
    await auditRecord(auditScope(c, { action: options.action, target: safeTarget(c, options) }), "denied");
  } catch (err) {
    c.get("logger").error({ err, action: options.action }, "audit: denied attempt not recorded");
  }
}

/** The audit record's limit on a target name. */
const TARGET_MAX = 200;

/**
 * What was asked, whatever it was: the path is not validated yet (the refusal comes first), so a NUL,
 * a control character or a lone surrogate is recorded escaped, never left to fail the insert.
 */
function safeTarget(c: Context, options: AuditDeniedOptions): AuditTarget {
  try {
    const { workspace, deployment, keyType } = options.target?.(c) ?? {};
    const normalized = keyType === undefined ? undefined : normalizeKeyType(keyType);
    return {
      workspace: workspace === undefined ? undefined : renderUntrusted(workspace, TARGET_MAX),
      deployment: deployment === undefined ? undefined : renderUntrusted(deployment, TARGET_MAX),
      keyType: normalized?.ok ? normalized.value : undefined,
    };
  } catch {
    return {};
  }
}
