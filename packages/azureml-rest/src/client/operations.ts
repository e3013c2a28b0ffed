import { isTerminal, type Operation, OperationSchema } from "../operation.ts";
import { OPERATION_LOCATION_HEADER } from "../paths.ts";
import { AzureMlError, classifyStatus, notUnderstood, passThroughCode, scrub } from "./errors.ts";
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

export interface PollClock {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

/**
 * Polls an Operation-Location (absolute URL or path) until a terminal state or the deadline.
 * Succeeded → the operation; Failed / Cancelled / TimedOut → AzureMlError with the operation's error.
 */
export async function pollOperation(
  http: Http,
  location: string,
  policy: PollPolicy,
  clock: PollClock,
): Promise<Operation> {
  const deadline = clock.now() + policy.timeoutMs;
  for (;;) {
    const answer = await http.send({ label: "getOperation", method: "GET", url: location, retry: "read" });
    const operation = parseAnswer(OperationSchema, answer.json, "getOperation", answer.status);
    if (isTerminal(operation.state)) return settle(operation);
    if (clock.now() + policy.intervalMs > deadline) {
      throw new AzureMlError({
        code: "provider_timeout",
        status: 504,
        message: `operation ${operation.id} was still ${operation.state} after ${policy.timeoutMs} ms`,
        operationId: operation.id,
        operationState: operation.state,
      });
    }
    await clock.sleep(policy.intervalMs);
  }
}

/** A terminal operation → itself when it succeeded, else its typed failure. */
export function settle(operation: Operation): Operation {
  if (operation.state === "Succeeded") return operation;
  const providerCode = operation.error?.code;
  // A rule code or a region outage keeps its own code; any other failure is `operation_failed`.
  const known = passThroughCode(providerCode);
  const mapped = known ? classifyStatus(400, known) : { code: "operation_failed" as const, status: 502 };
  const said = providerCode ? ` (${providerCode})` : "";
  throw new AzureMlError({
    code: mapped.code,
    status: mapped.status,
    message: `operation ${operation.id} ended ${operation.state}${said}`,
    providerCode,
    providerMessage: operation.error ? scrub(operation.error.message, []) : undefined,
    operationId: operation.id,
    operationState: operation.state,
  });
}
