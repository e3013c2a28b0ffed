import { z } from "zod";

/**
 * Every stable error code Keyturn speaks, in one union: the domain rules, the BFF's API and the
 * provider faults it explains. Clients branch on `code`, never on the message.
 */
export const ErrorCodeSchema = z.enum([
  // Domain rules (docs/architecture.md, "Domain rules").
  "token_auth_requires_aks",
  "key_and_token_auth_together",
  "token_auth_requires_key_off",
  "invalid_key_type",
  /** A chosen key breaks the key rule (too short or long, one character repeated, whitespace or control characters). */
  "weak_key",
  "token_auth_not_enabled",
  /** A v2 online endpoint was asked to turn authentication off: it has no such mode. */
  "endpoint_auth_required",
  /** Text that is not one of Key, AMLToken, AADToken. */
  "invalid_endpoint_auth_mode",
  /** AADToken (Microsoft Entra tokens) asked of a Kubernetes endpoint: managed endpoints only. */
  "entra_token_auth_requires_managed",
  /** A key rotation was told something its current step does not allow (a step out of order, grace cut short). */
  "rotation_event_not_allowed",
  /** Cancel asked once the old key has started to die, or of a rotation that is over. */
  "rotation_not_cancellable",
  // Requests.
  "validation_failed",
  "unauthenticated",
  "insufficient_user_authentication",
  "forbidden",
  "not_found",
  "conflict",
  "precondition_required",
  "precondition_failed",
  "payload_too_large",
  /** The request's headers (a huge token or cookie) are over the server's limit. */
  "headers_too_large",
  "unsupported_media_type",
  "rate_limited",
  /** A connection's address or authority changed: its stored secret must be typed again. */
  "secret_reentry_required",
  // Provider (the Azure ML workspace) faults.
  "provider_throttled",
  "provider_unavailable",
  "provider_timeout",
  "provider_rejected",
  "workspace_region_down",
  "operation_failed",
  /** The identity provider refused the connection's client id or secret (not an outage). */
  "credential_refused",
  /** A connection's address is not among the hosts the console may send a credential to. */
  "provider_host_not_allowed",
  /** The provider answered a redirect; a request carrying a credential never follows one. */
  "provider_redirect_refused",
  /** A webhook's receiver is an internal address (loopback, link-local, private): refused in production. */
  "webhook_address_not_allowed",
  // The console itself.
  "audit_unavailable",
  "internal_error",
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** A domain rule's refusal: a stable code and a sentence a person understands. */
export const DomainErrorSchema = z.object({
  code: ErrorCodeSchema,
  message: z.string().min(1),
});
export type DomainError = z.infer<typeof DomainErrorSchema>;

/**
 * RFC 9457 problem details, as every Keyturn app sends them (`application/problem+json`).
 * `code` is the stable extension member; `errors` lists field-level problems of a bad request;
 * `traceId` is the W3C trace id of the request when the BFF traces (its spans and log lines carry it).
 */
export const ProblemSchema = z.object({
  type: z.string().default("about:blank"),
  title: z.string(),
  status: z.number().int().min(400).max(599),
  detail: z.string().optional(),
  instance: z.string().optional(),
  code: ErrorCodeSchema,
  requestId: z.string().optional(),
  traceId: z
    .string()
    .regex(/^[0-9a-f]{32}$/)
    .optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;

export const PROBLEM_CONTENT_TYPE = "application/problem+json";
