import { isAzureMlError } from "@keyturn/azureml-rest";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ApiError } from "../errors/api-error.ts";
import { DestinationRefusedError } from "./guarded-fetch.ts";

const DETAILS: Partial<Record<string, string>> = {
  provider_throttled: "The workspace is throttling the console's requests; try again after Retry-After.",
  provider_unavailable: "The workspace is unavailable right now; try again later.",
  provider_timeout: "The workspace did not answer in time; check the deployment's state before retrying.",
  workspace_region_down:
    "The workspace's region is down: its control plane (and token fetching) is unavailable.",
  not_found: "The workspace has no such deployment.",
  forbidden: "The console's workspace credential is not allowed to do this (check its role assignment).",
  conflict: "The workspace refused the change because of a conflicting state.",
  operation_failed: "The workspace accepted the change but its operation failed.",
  credential_refused:
    "The identity provider refused the connection's client id or secret: check the connection's credential in Settings.",
};

/**
 * The one mapping of provider faults to problem+json (the client classified them already): its code
 * and status; Retry-After for throttling and unavailability (the provider's, else 5 s); a detail
 * sentence for the operator — a rule violation keeps the provider's own words (no secrets: the client
 * scrubs them), anything else never shows the provider's text. Other errors pass through unchanged.
 */
export function providerFaultToApiError(error: unknown): unknown {
  const refused = destinationRefusal(error);
  if (refused) return new ApiError(502, refused.code, { detail: refused.detail, cause: error });
  if (!isAzureMlError(error)) return error;
  const headers: Record<string, string> = {};
  if (error.code === "provider_throttled" || error.code === "provider_unavailable") {
    headers["Retry-After"] = String(Math.max(1, error.retryAfterSeconds ?? 5));
  }
  const ruleMessage = error.status === 400 && error.providerMessage ? error.providerMessage : undefined;
  const detail = ruleMessage ?? DETAILS[error.code] ?? "The workspace refused the request.";
  return new ApiError(error.status as ContentfulStatusCode, error.code, { detail, headers, cause: error });
}

/** A credential the guard kept in (the client wraps it as the cause of a provider fault). */
function destinationRefusal(error: unknown): DestinationRefusedError | undefined {
  let e: unknown = error;
  for (let depth = 0; depth < 4 && e instanceof Error; depth++) {
    if (e instanceof DestinationRefusedError) return e;
    e = e.cause;
  }
  return undefined;
}

/** Runs a provider call and rethrows its fault as an ApiError (so audit records carry its code). */
export async function providerCall<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    throw providerFaultToApiError(error);
  }
}
