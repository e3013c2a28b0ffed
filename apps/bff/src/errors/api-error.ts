import type { ErrorCode } from "@keyturn/auth-domain";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export interface FieldError {
  path: string;
  message: string;
}

export interface ApiErrorOptions {
  /** A sentence for a person. Never a secret, a token or an internal message. */
  detail?: string;
  /** Field-level problems of a bad request. */
  errors?: FieldError[];
  /** Extra response headers (WWW-Authenticate, Retry-After, …). */
  headers?: Record<string, string>;
  /** What caused it; logged, never sent. */
  cause?: unknown;
}

/**
 * The one error class of the BFF. Everything it refuses is thrown as an ApiError and answered by the
 * one `onError` (errors/on-error.ts) as RFC 9457 problem+json with the stable `code`.
 */
export class ApiError extends Error {
  override name = "ApiError";
  readonly detail: string | undefined;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    options: ApiErrorOptions = {},
  ) {
    super(options.detail ?? code, { cause: options.cause });
    this.detail = options.detail;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
  }

  static validation(errors: FieldError[], detail = "The request is not valid.") {
    return new ApiError(400, "validation_failed", { detail, errors });
  }

  static notFound(detail = "The resource does not exist.") {
    return new ApiError(404, "not_found", { detail });
  }

  static forbidden(detail = "Your roles do not allow this action.") {
    return new ApiError(403, "forbidden", { detail });
  }

  static auditUnavailable(cause: unknown, detail = "The action was not performed: it could not be audited.") {
    return new ApiError(503, "audit_unavailable", { detail, cause });
  }
}
