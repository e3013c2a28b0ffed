import { z } from "@hono/zod-openapi";
import { PROBLEM_CONTENT_TYPE, ProblemSchema } from "@keyturn/auth-domain";

/**
 * The RFC 9457 body of every error, as one OpenAPI component. Rebuilt from the domain's shape because
 * zod 4 gives `.openapi()` only to schemas created after @hono/zod-openapi extended zod, and
 * auth-domain's schemas may be created before (so never call `.openapi()` on a domain schema).
 */
export const ProblemResponseSchema = z.object(ProblemSchema.shape).openapi("Problem");

/** One problem+json response of a route spec, described for the API reference. */
export const problemResponse = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemResponseSchema } },
});

/** 412 and 428 of a route that takes If-Match, naming what the ETag is of ("the deployment's"). */
export const preconditionResponses = (whose: string) =>
  ({
    412: problemResponse(`precondition_failed: If-Match is not ${whose} current ETag (read it again).`),
    428: problemResponse(`precondition_required: send If-Match with ${whose} ETag.`),
  }) as const;

/** Error responses, by status; `defineRoute` adds the ones a route can answer. */
export const PROBLEM_RESPONSES = {
  400: problemResponse("validation_failed: the request does not match its schema (see `errors`)."),
  401: problemResponse(
    "unauthenticated (no or invalid token) or insufficient_user_authentication (step-up).",
  ),
  403: problemResponse("forbidden: the caller's roles do not grant the route's permission."),
  413: problemResponse("payload_too_large."),
  415: problemResponse("unsupported_media_type."),
  429: problemResponse("rate_limited (see Retry-After)."),
  503: problemResponse("audit_unavailable (nothing was done) or provider_unavailable."),
  504: problemResponse("the request timed out."),
} as const;

export { z };
