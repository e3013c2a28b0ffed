import { z } from "@hono/zod-openapi";
import { PROBLEM_CONTENT_TYPE, ProblemSchema } from "@keyturn/auth-domain";

/**
 * The RFC 9457 body of every error, as one OpenAPI component. Rebuilt from the domain's shape because
 * zod 4 gives `.openapi()` only to schemas created after @hono/zod-openapi extended zod, and
 * auth-domain's schemas may be created before (so never call `.openapi()` on a domain schema).
 */
export const ProblemResponseSchema = z.object(ProblemSchema.shape).openapi("Problem");

const problem = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemResponseSchema } },
});

/** Error responses, by status; `defineRoute` adds the ones a route can answer. */
export const PROBLEM_RESPONSES = {
  400: problem("validation_failed: the request does not match its schema (see `errors`)."),
  401: problem("unauthenticated (no or invalid token) or insufficient_user_authentication (step-up)."),
  403: problem("forbidden: the caller's roles do not grant the route's permission."),
  413: problem("payload_too_large."),
  415: problem("unsupported_media_type."),
  429: problem("rate_limited (see Retry-After)."),
  503: problem("audit_unavailable (nothing was done) or provider_unavailable."),
  504: problem("the request timed out."),
} as const;

export { z };
