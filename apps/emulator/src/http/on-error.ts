import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { Logger } from "pino";
import { EmulatorError } from "../errors.ts";
import { errorBody } from "./error-body.ts";

/**
 * Maps every thrown error to Azure's error body, in one place: model management's ModelErrorResponse
 * on its routes, ARM's `{"error": {"code", "message"}}` elsewhere (errorBody).
 */
export function onError(logger: Logger) {
  return (err: Error, c: Context): Response => {
    const known = toEmulatorError(err);
    if (!known) logger.error({ err, path: c.req.path }, "unhandled error");
    const e =
      known ?? new EmulatorError(500, "internal_error", "The emulator failed to process the request.");
    const body = errorBody(c.req.path, e.status, e.code, e.message);
    // A 413 leaves (part of) the body unread on the socket, which the server then closes: a client
    // told keep-alive would send its next request into a closing connection.
    return c.json(body, e.status, e.status === 413 ? { ...e.headers, Connection: "close" } : e.headers);
  };
}

function toEmulatorError(err: Error): EmulatorError | undefined {
  if (err instanceof EmulatorError) return err;
  // Hono's own refusals (body limit) arrive as HTTPException.
  if (err instanceof HTTPException) {
    if (err.status === 413)
      return new EmulatorError(413, "payload_too_large", "The request body is too large.");
    return new EmulatorError(err.status, "validation_failed", err.message || "The request was refused.");
  }
  return undefined;
}

export function notFoundHandler(c: Context): Response {
  return c.json(errorBody(c.req.path, 404, "not_found", `No route for ${c.req.method} ${c.req.path}.`), 404);
}
