import { AzureMlError } from "../client/errors.ts";
import type { OnlineEndpoint } from "./endpoint.ts";
import type { FollowContext } from "./follow-operation.ts";
import { operationFailed } from "./follow-operation.ts";

/** The states a PUT leaves an endpoint in while Azure still applies it. */
const APPLYING: ReadonlySet<string> = new Set(["Creating", "Updating"]);

/**
 * ARM's other way of a long-running PUT: an answer without a header to follow, whose
 * `provisioningState` says the change is still applied. The endpoint is read again at the poll
 * interval until a terminal state: Succeeded → it, Failed or Canceled → operation_failed.
 */
export async function awaitProvisioned(
  context: FollowContext,
  label: string,
  first: OnlineEndpoint,
  read: () => Promise<OnlineEndpoint>,
): Promise<OnlineEndpoint> {
  const deadline = context.now() + context.policy.timeoutMs;
  let endpoint = first;
  for (;;) {
    const state = endpoint.properties.provisioningState;
    if (state === "Failed" || state === "Canceled") throw operationFailed({ label }, state, undefined);
    if (state === null || !APPLYING.has(state)) return endpoint;
    if (context.now() + context.policy.intervalMs > deadline) {
      throw new AzureMlError({
        code: "provider_timeout",
        status: 504,
        message: `${label}: the endpoint was still ${state} after ${context.policy.timeoutMs} ms`,
        stillRunning: true,
      });
    }
    await context.sleep(context.policy.intervalMs);
    endpoint = await read();
  }
}
