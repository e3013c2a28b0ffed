import type { MiddlewareHandler } from "hono";
import { requestId as honoRequestId } from "hono/request-id";

/**
 * Accepts a safe incoming `X-Request-Id` (letters, digits, `_`, `-`, `=`; ≤ 64 characters, which
 * fits the audit record's limit) or generates a UUID; echoes it on the response.
 */
export function requestId(): MiddlewareHandler {
  return honoRequestId({ limitLength: 64, headerName: "X-Request-Id", generator: () => crypto.randomUUID() });
}
