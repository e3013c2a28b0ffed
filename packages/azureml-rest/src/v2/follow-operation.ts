import { AzureMlError, providerWords } from "../client/errors.ts";
import type { Http, HttpAnswer } from "../client/http.ts";
import { parseRetryAfter } from "../client/links.ts";
import type { PollPolicy } from "../client/operations.ts";
import { parseAnswer } from "../client/parse.ts";
import {
  type ArmErrorDetail,
  ArmOperationStatusSchema,
  type ArmPendingOperation,
  AZURE_ASYNC_OPERATION_HEADER,
  LOCATION_HEADER,
  terminalState,
} from "./arm-operation.ts";

export interface FollowContext {
  http: Http;
  policy: PollPolicy;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** The bearer tokens the calls sent: an operation's error text is scrubbed of them too. */
  sentSecrets: () => readonly string[];
}

export interface FollowCall {
  /** The call that started the operation (`putEndpoint`), named in every error. */
  label: string;
  /** The call carries secrets (regenerateKeys): Azure's messages stay out of the error. */
  sensitive?: boolean;
  redact?: readonly string[];
}

/** What an answer asks to follow, or null when it carries neither header (the change is done). */
export function pendingFrom(answer: HttpAnswer, now: number): ArmPendingOperation | null {
  const asyncOperation = answer.headers.get(AZURE_ASYNC_OPERATION_HEADER);
  const location = answer.headers.get(LOCATION_HEADER);
  if (!asyncOperation && !location) return null;
  return {
    asyncOperation: asyncOperation || null,
    location: location || null,
    retryAfterSeconds: parseRetryAfter(answer.headers.get("retry-after"), now),
  };
}

/** Failed or Canceled → the typed failure, with Azure's code and (redacted) message. */
export function operationFailed(
  call: FollowCall,
  state: string,
  error: ArmErrorDetail | null | undefined,
  providerStatus?: number,
): AzureMlError {
  const said = providerWords(
    error
      ? {
          code: error.code ?? undefined,
          message: error.message ?? undefined,
          details: (error.details ?? []).map((d) => ({
            code: d.code ?? undefined,
            message: d.message ?? undefined,
            target: d.target ?? undefined,
          })),
        }
      : undefined,
    call.sensitive ?? false,
    call.redact ?? [],
  );
  const codes = [said.code, ...said.details.map((d) => d.code)].filter(Boolean).join(", ");
  return new AzureMlError({
    code: "operation_failed",
    status: 502,
    message: `${call.label}: the operation ended ${state}${codes ? ` (${codes})` : ""}`,
    providerStatus,
    providerCode: said.code,
    providerMessage: said.message,
    providerDetails: said.details,
  });
}

/**
 * Follows an accepted ARM operation to its end, honouring each answer's Retry-After (else the
 * policy's interval) within the policy's deadline:
 * - `Azure-AsyncOperation`: its status document until Succeeded (→ null: the caller reads the
 *   result where the operation's spec says), Failed or Canceled (→ operation_failed);
 * - else `Location`: 202 until done, then its answer (the result, or an empty body); an error answer
 *   there is the operation's failure, except throttling and outages, which keep their own codes.
 */
export async function followOperation(
  context: FollowContext,
  call: FollowCall,
  pending: ArmPendingOperation,
): Promise<HttpAnswer | null> {
  const deadline = context.now() + context.policy.timeoutMs;
  let waitSeconds = pending.retryAfterSeconds;
  let state = "InProgress";
  const url = pending.asyncOperation ?? pending.location;
  if (!url) return null;
  for (;;) {
    const waitMs = waitSeconds === undefined ? context.policy.intervalMs : waitSeconds * 1000;
    if (context.now() + waitMs > deadline) {
      throw new AzureMlError({
        code: "provider_timeout",
        status: 504,
        message: `${call.label}: the operation was still ${state} after ${context.policy.timeoutMs} ms`,
        stillRunning: true,
      });
    }
    await context.sleep(waitMs);
    const answer = await poll(context, call, url);
    waitSeconds = parseRetryAfter(answer.headers.get("retry-after"), context.now());
    if (pending.asyncOperation) {
      const label = `${call.label} (operation status)`;
      const status = parseAnswer(ArmOperationStatusSchema, answer.json, label, answer.status);
      const end = terminalState(status.status);
      if (end === "Succeeded") return null;
      if (end) {
        const redact = [...(call.redact ?? []), ...context.sentSecrets()];
        throw operationFailed({ ...call, redact }, end, status.error);
      }
      state = status.status.slice(0, 32);
    } else if (answer.status !== 202) return answer;
  }
}

const KEPT_STATUSES: ReadonlySet<number> = new Set([401, 403, 404, 429]);

async function poll(context: FollowContext, call: FollowCall, url: string): Promise<HttpAnswer> {
  try {
    return await context.http.send({
      label: call.label,
      method: "GET",
      url,
      retry: "read",
      sensitive: call.sensitive,
      redact: call.redact,
    });
  } catch (error) {
    // A result URL answers the operation's own error (400, 409 …) when it failed. Throttling, outages
    // (5xx, retried), the console's own refusals (401, 403) and an unknown operation (404) keep theirs.
    const status = error instanceof AzureMlError ? error.providerStatus : undefined;
    if (
      !(error instanceof AzureMlError) ||
      status === undefined ||
      KEPT_STATUSES.has(status) ||
      status >= 500
    )
      throw error;
    const code = error.providerCode ? ` (${error.providerCode})` : "";
    throw new AzureMlError({
      code: "operation_failed",
      status: 502,
      message: `${call.label}: the operation ended Failed${code}`,
      providerStatus: error.providerStatus,
      providerCode: error.providerCode,
      providerMessage: error.providerMessage,
      providerDetails: [...error.providerDetails],
    });
  }
}
