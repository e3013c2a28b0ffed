import type { DomainError, ErrorCode } from "@keyturn/auth-domain";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/**
 * Codes the emulator answers with: the domain's stable codes, the data plane's 401 codes (as Azure's
 * scoring front end names them), and Azure's own names for throttling and outages (fault injection
 * imitates the real service there), for a call a service's kind does not support, and for ARM's
 * missing resources.
 */
export type EmulatorErrorCode =
  | ErrorCode
  | "missing_credential"
  | "key_auth_access_denied"
  | "token_auth_access_denied"
  | "token_expired"
  | "service_unavailable"
  | "idp_unavailable"
  | "TooManyRequests"
  | "ServiceUnavailable"
  | "BadRequest"
  | "ResourceNotFound"
  | "ParentResourceNotFound";

/** The one error class: everything the app refuses is thrown as this and answered by `onError`. */
export class EmulatorError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: EmulatorErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "EmulatorError";
  }

  static fromDomain(error: DomainError): EmulatorError {
    return new EmulatorError(400, error.code, error.message);
  }
}

export const badRequest = (message: string) => new EmulatorError(400, "validation_failed", message);
export const notFound = (message: string) => new EmulatorError(404, "not_found", message);
