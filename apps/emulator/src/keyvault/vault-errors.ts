import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { Logger } from "pino";

/**
 * An error of the Key Vault surface, with Key Vault's own codes (`Unauthorized`, `Forbidden`,
 * `SecretNotFound`, `BadParameter`, …), answered as Key Vault's
 * `{"error": {"code", "message", "innererror"?: {"code"}}}`. Secret values never go into a message.
 */
export class KeyVaultError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly options: { innerCode?: string; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = "KeyVaultError";
  }
}

export const badParameter = (message: string) => new KeyVaultError(400, "BadParameter", message);

const NOT_FOUND_HELP =
  "If you recently deleted this secret you may be able to recover it using the correct recovery command. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125182";

/** Key Vault's 404 for a secret, or a version of one, that is not there. */
export const secretNotFound = (nameOrId: string) =>
  new KeyVaultError(
    404,
    "SecretNotFound",
    `A secret with (name/id) ${nameOrId} was not found in this key vault. ${NOT_FOUND_HELP}`,
  );

/** The Key Vault surface's error handler: every error in Key Vault's shape, never a stack or a value. */
export function keyVaultOnError(logger: Logger) {
  return (err: Error, c: Context): Response => {
    const known = toKeyVaultError(err);
    if (!known) logger.error({ err, path: c.req.path }, "unhandled error in the Key Vault surface");
    const e =
      known ?? new KeyVaultError(500, "InternalServerError", "The vault failed to process the request.");
    const error: { code: string; message: string; innererror?: { code: string } } = {
      code: e.code,
      message: e.message,
    };
    if (e.options.innerCode) error.innererror = { code: e.options.innerCode };
    return c.json({ error }, e.status, e.options.headers);
  };
}

function toKeyVaultError(err: Error): KeyVaultError | undefined {
  if (err instanceof KeyVaultError) return err;
  // Hono's own refusals (the body limit) arrive as HTTPException.
  if (err instanceof HTTPException) {
    if (err.status === 413)
      return new KeyVaultError(413, "RequestEntityTooLarge", "The request body is too large.", {
        headers: { Connection: "close" },
      });
    return badParameter(err.message || "The request was refused.");
  }
  return undefined;
}
