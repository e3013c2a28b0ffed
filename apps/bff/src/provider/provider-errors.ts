import { type AzureMlError, isAzureMlError } from "@keyturn/azureml-rest";
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
 * sentence for the operator that carries Azure's own words (its code and message, and its details'
 * codes), whatever the status: a rule violation Keyturn speaks itself is the provider's message alone.
 * The client redacted anything shaped like a secret and dropped the words of calls that carry one.
 * Other errors pass through unchanged.
 */
export function providerFaultToApiError(error: unknown): unknown {
  const refused = destinationRefusal(error);
  if (refused) return new ApiError(502, refused.code, { detail: refused.detail, cause: error });
  if (!isAzureMlError(error)) return error;
  const headers: Record<string, string> = {};
  if (error.code === "provider_throttled" || error.code === "provider_unavailable") {
    headers["Retry-After"] = String(Math.max(1, error.retryAfterSeconds ?? 5));
  }
  if (error.notManagedKind !== undefined) {
    const detail = `It is of kind ${error.notManagedKind}: Keyturn manages the auth of ACI and AKS services and of managed and Kubernetes online endpoints, so it is listed read-only.`;
    return new ApiError(409, "conflict", { detail, cause: error });
  }
  const rule = error.providerCode === error.code || error.providerDetails.some((d) => d.code === error.code);
  const ruleMessage = rule && error.status === 400 ? error.providerMessage : undefined;
  const detail =
    ruleMessage ?? withProviderWords(DETAILS[error.code] ?? "The workspace refused the request.", error);
  return new ApiError(error.status as ContentfulStatusCode, error.code, { detail, headers, cause: error });
}

/**
 * "The workspace refused the change because of a conflicting state: Conflict; ServiceExists — Service
 * x already exists.": the sentence, then what Azure said (its code and message, then each detail's),
 * when it said anything. A message that only repeats its code is said once.
 */
function withProviderWords(sentence: string, error: AzureMlError): string {
  const say = (code: string | undefined, message: string | undefined) =>
    [code, message === code ? undefined : message].filter(Boolean).join(" — ");
  const said = [
    say(error.providerCode, error.providerMessage),
    ...error.providerDetails.map((d) => say(d.code, d.message)),
  ].filter((words, i, all) => words !== "" && all.indexOf(words) === i);
  if (said.length === 0) return sentence;
  return `${sentence.replace(/\.$/, "")}: ${said.join("; ")}`;
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
