import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { Logger } from "pino";
import { EmulatorError } from "../errors.ts";
import { onError } from "../http/on-error.ts";

/**
 * An error of the v2 control or data plane, with ARM's own codes (`ResourceNotFound`,
 * `AuthorizationFailed`, `MissingApiVersionParameter`, …), answered as ARM's
 * `{"error": {"code", "message"}}`. Secrets never go into a message.
 */
export class ArmError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ArmError";
  }
}

export const armBadRequest = (message: string) => new ArmError(400, "BadRequest", message);

/** The shared middleware's refusals (authentication, the workspace's lookup, bodies) under ARM's names. */
const ARM_CODES: Record<string, string> = {
  unauthenticated: "AuthenticationFailed",
  not_found: "ParentResourceNotFound",
  validation_failed: "BadRequest",
  payload_too_large: "RequestEntityTooLarge",
};

/** The v2 planes' error handler: ArmError as is, everything else as the rest of the emulator answers it. */
export function armOnError(logger: Logger) {
  const fallback = onError(logger);
  return (err: Error, c: Context): Response => {
    if (err instanceof ArmError)
      return c.json({ error: { code: err.code, message: err.message } }, err.status, err.headers);
    if (err instanceof EmulatorError && Object.hasOwn(ARM_CODES, err.code)) {
      const presented = err.headers["WWW-Authenticate"]?.includes("invalid_token") ?? false;
      const code =
        err.code === "unauthenticated" && presented ? "InvalidAuthenticationToken" : ARM_CODES[err.code];
      return c.json({ error: { code, message: err.message } }, err.status, err.headers);
    }
    return fallback(err, c);
  };
}
