import { type EndpointAuthMode, type ErrorCode, validateEndpointAuthMode } from "@keyturn/auth-domain";
import { AzureMlError } from "../client/errors.ts";
import { isManagedEndpointKind, type OnlineEndpoint } from "./endpoint.ts";

/** The auth-domain rule codes an endpoint's refusal may carry (the emulator answers them): kept as they are. */
const RULE_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  "endpoint_auth_required",
  "invalid_endpoint_auth_mode",
  "entra_token_auth_requires_managed",
  "weak_key",
  "invalid_key_type",
]);

/** A 4xx answer naming one of the domain's rules → that rule's code, so the console explains it. */
export async function withRuleCodes<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    const code = error instanceof AzureMlError ? error.providerCode : undefined;
    if (
      !(error instanceof AzureMlError) ||
      !code ||
      !RULE_CODES.has(code) ||
      (error.providerStatus ?? 0) >= 500
    )
      throw error;
    throw new AzureMlError({
      code: code as ErrorCode,
      status: 400,
      message: error.message,
      providerStatus: error.providerStatus,
      providerCode: error.providerCode,
      providerMessage: error.providerMessage,
      providerDetails: [...error.providerDetails],
    });
  }
}

/**
 * auth-domain's rule for the mode an endpoint of this compute type accepts, checked before any call
 * (AADToken on a managed endpoint only): a refusal is the rule's code, and nothing is sent.
 */
export function checkAuthMode(endpoint: OnlineEndpoint, authMode: EndpointAuthMode): void {
  const { computeType } = endpoint;
  if (!isManagedEndpointKind(computeType)) return;
  const checked = validateEndpointAuthMode(computeType, authMode);
  if (checked.ok) return;
  throw new AzureMlError({
    code: checked.error.code,
    status: 400,
    message: `setEndpointAuthMode: ${checked.error.message}`,
  });
}
