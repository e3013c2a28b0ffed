import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { Logger } from "pino";
import type { ZodError } from "zod";
import { ApiError, type FieldError } from "./api-error.ts";
import { problemResponse } from "./problem.ts";

/**
 * The one error mapping: ApiError as it says; Hono's own refusals (malformed JSON, 415 from
 * zod-openapi's media-type gate, body limit) to their codes; anything else to a bare 500 whose
 * cause is logged, never sent (no stack, no internal message).
 */
export function onError(fallbackLogger: Logger): ErrorHandler {
  return (err, c) => {
    const error = asApiError(err);
    const logger = (c.get("logger") as Logger | undefined) ?? fallbackLogger;
    if (error.status >= 500) {
      logger.error({ err: error.status === 500 ? err : error.cause, code: error.code }, "request failed");
    } else if (error.cause !== undefined && error.status !== 401) {
      logger.debug({ err: error.cause, code: error.code }, "request refused");
    }
    return problemResponse(
      c,
      { status: error.status, code: error.code, detail: error.detail, errors: error.errors },
      error.headers,
    );
  };
}

/** Any thrown value as the ApiError to answer, by the mapping `onError` describes. */
function asApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof HTTPException) {
    switch (err.status) {
      case 400:
        return new ApiError(400, "validation_failed", { detail: "The request body is not valid JSON." });
      case 401:
        return new ApiError(401, "unauthenticated", { detail: "Authentication is required." });
      case 404:
        return ApiError.notFound();
      case 413:
        return new ApiError(413, "payload_too_large", { detail: "The request body is too large." });
      case 415:
        return new ApiError(415, "unsupported_media_type", { detail: "Send the body as application/json." });
      default:
        if (err.status < 500)
          return new ApiError(400, "validation_failed", { detail: "The request was refused." });
    }
  }
  return new ApiError(500, "internal_error", { detail: "The request could not be processed.", cause: err });
}

export const notFound: NotFoundHandler = (c) =>
  problemResponse(c, { status: 404, code: "not_found", detail: "No such route." });

const TARGET_NAMES: Record<string, string> = { json: "body", form: "body", param: "path", header: "header" };

/** zod issues → `[{path, message}]`, paths like `body.name` or `query.limit`. */
export function fieldErrors(target: string, error: ZodError): FieldError[] {
  const prefix = TARGET_NAMES[target] ?? target;
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
}

/** zod-openapi's defaultHook: a failed validation becomes 400 `validation_failed`. */
export function validationHook(
  result: { target: string } & ({ success: true } | { success: false; error: ZodError }),
  _c: Context,
): undefined {
  if (!result.success) throw ApiError.validation(fieldErrors(result.target, result.error));
  return undefined;
}
