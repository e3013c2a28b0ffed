import { type AzureMlClient, isAzureMlError, type PendingOperation } from "@keyturn/azureml-rest";
import type { ProviderConfig } from "../../env.ts";

export type WaitOutcome = { done: true } | { done: false; operationId: string | null; state: string };

/**
 * Waits for an operation at most `operationWaitMs`. Still running then → `{done: false}` (the caller
 * answers 202 with the operation); a failed operation throws the client's typed error.
 */
export async function waitBounded(
  client: AzureMlClient,
  pending: PendingOperation | null,
  config: ProviderConfig,
): Promise<WaitOutcome> {
  if (pending === null) return { done: true };
  try {
    await client.waitForOperation(pending, {
      timeoutMs: config.operationWaitMs,
      intervalMs: config.operationPollMs,
    });
    return { done: true };
  } catch (err) {
    if (isAzureMlError(err) && err.code === "provider_timeout" && err.operationState !== undefined) {
      return { done: false, operationId: err.operationId ?? pending.id, state: err.operationState };
    }
    throw err;
  }
}
