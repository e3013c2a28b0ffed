import { readModelError } from "../error-body.ts";
import { isTerminal, type OperationStatus, OperationStatusSchema } from "../operation.ts";
import { OPERATION_LOCATION_HEADER, v1Paths, type WorkspaceRef } from "../paths.ts";
import { AzureMlError, classifyStatus, notUnderstood, passThroughCode, providerWords } from "./errors.ts";
import type { Http, HttpAnswer } from "./http.ts";
import { operationIdFrom } from "./links.ts";
import { parseAnswer } from "./parse.ts";

/** An accepted long-running change: where to poll it, and its id when the location names one. */
export interface PendingOperation {
  location: string;
  id: string | null;
}

export interface PollPolicy {
  /** Wait between two status reads (the Azure SDK uses 5 s). */
  intervalMs: number;
  /** Give up after this long; the operation may still finish, its location stays valid. */
  timeoutMs: number;
}

// The console waits interactively: shorter than the SDK's 5 s, still light on the provider.
export const DEFAULT_POLL: PollPolicy = { intervalMs: 2_000, timeoutMs: 10 * 60_000 };

/**
 * The operation an answer started: its Operation-Location, or null when the change is already done
 * (200/204 without one). A 202 without a location cannot be followed, so it is not understood.
 */
export function pendingFrom(answer: HttpAnswer, label: string): PendingOperation | null {
  const location = answer.headers.get(OPERATION_LOCATION_HEADER);
  if (location) return { location, id: operationIdFrom(location) };
  if (answer.status === 202) throw notUnderstood(label, `202 without ${OPERATION_LOCATION_HEADER}`, 202);
  return null;
}

/**
 * The operation a 200 answer names in its body (`operationId`): Azure may answer a PATCH with the
 * service as it was and the operation that is still changing it. Null when the body names none.
 */
export function pendingFromBody(answer: HttpAnswer, ref: WorkspaceRef): PendingOperation | null {
  const body = answer.json;
  if (typeof body !== "object" || body === null || !("operationId" in body)) return null;
  const id = body.operationId;
  if (typeof id !== "string" || id === "") return null;
  return { location: v1Paths.operation(ref, id), id };
}

export interface PollClock {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

/**
 * Polls an operation (its Operation-Location, absolute URL or path) until a terminal state or the
 * deadline. NotStarted and Running are polled on; Succeeded → the status; Failed, Cancelled and
 * TimedOut → AzureMlError with the operation's error. `knownId` names the operation where its status
 * does not (`id` is optional there).
 */
export async function pollOperation(
  http: Http,
  location: string,
  policy: PollPolicy,
  clock: PollClock,
  knownId: string | null = operationIdFrom(location),
): Promise<OperationStatus> {
  const deadline = clock.now() + policy.timeoutMs;
  for (;;) {
    const answer = await http.send({ label: "getOperation", method: "GET", url: location, retry: "read" });
    const operation = parseAnswer(OperationStatusSchema, answer.json, "getOperation", answer.status);
    const id = operation.id ?? knownId;
    if (isTerminal(operation.state)) return settle(operation, id);
    if (clock.now() + policy.intervalMs > deadline) {
      throw new AzureMlError({
        code: "provider_timeout",
        status: 504,
        message: `operation ${id ?? "(no id)"} was still ${operation.state} after ${policy.timeoutMs} ms`,
        operationId: id,
        operationState: operation.state,
      });
    }
    await clock.sleep(policy.intervalMs);
  }
}

/** A terminal operation → itself when it succeeded, else its typed failure. */
export function settle(operation: OperationStatus, knownId: string | null = null): OperationStatus {
  if (operation.state === "Succeeded") return operation;
  const id = operation.id ?? knownId;
  const error = operation.error;
  const said = providerWords(error ? readModelError(error) : undefined, false, []);
  // A rule code or a region outage keeps its own code; any other failure is `operation_failed`.
  const known = passThroughCode(said.code, ...said.details.map((detail) => detail.code));
  const mapped = known ? classifyStatus(400, known) : { code: "operation_failed" as const, status: 502 };
  const codes = [said.code, ...said.details.map((detail) => detail.code)].filter(Boolean).join(", ");
  throw new AzureMlError({
    code: mapped.code,
    status: mapped.status,
    message: `operation ${id ?? "(no id)"} ended ${operation.state}${codes ? ` (${codes})` : ""}`,
    providerCode: said.code,
    providerMessage: said.message,
    providerDetails: said.details,
    operationId: id,
    operationState: operation.state,
  });
}
