import { type ErrorCode, PROBLEM_CONTENT_TYPE, type Problem, ProblemSchema } from "@keyturn/auth-domain";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { activeTraceIds } from "../telemetry/active-trace.ts";
import type { FieldError } from "./api-error.ts";

/** One short, fixed title per code (RFC 9457 `title`); `detail` carries the specifics. */
export const PROBLEM_TITLES: Readonly<Record<ErrorCode, string>> = {
  token_auth_requires_aks: "Token authentication needs AKS",
  key_and_token_auth_together: "Key and token authentication together",
  token_auth_requires_key_off: "Token authentication needs key authentication off",
  invalid_key_type: "Invalid key type",
  token_auth_not_enabled: "Token authentication is not enabled",
  endpoint_auth_required: "Online endpoints always authenticate",
  invalid_endpoint_auth_mode: "Invalid endpoint auth mode",
  entra_token_auth_requires_managed: "Entra token authentication needs a managed endpoint",
  rotation_event_not_allowed: "Rotation step not allowed now",
  rotation_not_cancellable: "Rotation can no longer be cancelled",
  validation_failed: "Invalid request",
  unauthenticated: "Authentication required",
  insufficient_user_authentication: "Recent sign-in required",
  forbidden: "Forbidden",
  not_found: "Not found",
  conflict: "Conflict",
  precondition_required: "Precondition required",
  precondition_failed: "Precondition failed",
  payload_too_large: "Payload too large",
  headers_too_large: "Headers too large",
  unsupported_media_type: "Unsupported media type",
  rate_limited: "Too many requests",
  secret_reentry_required: "Secret needed again",
  provider_throttled: "Workspace throttled the request",
  provider_unavailable: "Workspace unavailable",
  provider_timeout: "Timed out",
  provider_rejected: "Workspace rejected the request",
  workspace_region_down: "Workspace region down",
  operation_failed: "Operation failed",
  credential_refused: "Connection credential refused",
  weak_key: "Key too weak",
  provider_host_not_allowed: "Provider host not allowed",
  provider_redirect_refused: "Provider redirect refused",
  webhook_address_not_allowed: "Webhook address not allowed",
  audit_unavailable: "Audit log unavailable",
  internal_error: "Internal error",
};

/** `type` of every problem: a stable URN per code (RFC 9457 allows non-dereferenceable URIs). */
export const problemType = (code: ErrorCode) => `urn:keyturn:problem:${code}`;

export interface ProblemInput {
  status: ContentfulStatusCode;
  code: ErrorCode;
  detail?: string | undefined;
  errors?: FieldError[] | undefined;
  requestId?: string | undefined;
  /** The request's trace (W3C trace id) when tracing is on: the same id as its spans and log lines. */
  traceId?: string | undefined;
}

/** Builds a problem body, checked against the domain's ProblemSchema. */
export function problemBody(input: ProblemInput): Problem {
  return ProblemSchema.parse({
    type: problemType(input.code),
    title: PROBLEM_TITLES[input.code],
    status: input.status,
    code: input.code,
    ...(input.detail === undefined ? {} : { detail: input.detail }),
    ...(input.requestId === undefined ? {} : { requestId: input.requestId }),
    ...(input.traceId === undefined ? {} : { traceId: input.traceId }),
    ...(input.errors === undefined ? {} : { errors: input.errors }),
  });
}

/**
 * A complete problem+json response (never cached), made through the context so headers other
 * middleware prepared (X-Request-Id, …) are kept. The request id is filled in from the context, the
 * trace id from the active span.
 */
export function problemResponse(
  c: Context,
  input: ProblemInput,
  headers: Record<string, string> = {},
): Response {
  const requestId = input.requestId ?? (c.get("requestId") as string | undefined);
  const traceId = input.traceId ?? activeTraceIds()?.traceId;
  const body = JSON.stringify(problemBody({ ...input, requestId, traceId }));
  return c.body(body, input.status, {
    ...headers,
    "Content-Type": PROBLEM_CONTENT_TYPE,
    "Cache-Control": "no-store",
  });
}
