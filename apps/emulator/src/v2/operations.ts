import { randomUUID } from "node:crypto";
import type { Region } from "@keyturn/auth-domain";

export type OperationStatus = "InProgress" | "Succeeded" | "Failed";

/** What a finished operation's `Location` answers: the endpoint (PATCH) or nothing (delete, regenerateKeys). */
export type OperationResult = "endpoint" | "empty";

export interface ArmOperation {
  id: string;
  subscriptionId: string;
  location: Region;
  endpointId: string;
  result: OperationResult;
  status: OperationStatus;
  startTime: string;
  endTime: string | null;
  /** When (epoch ms) it is due to finish. */
  dueAt: number;
}

/** Finished operations kept for polling; the oldest go first. */
const MAX_OPERATIONS = 2000;

/**
 * ARM long-running operations of the v2 control plane, in memory: each finishes after the
 * configured delay by running its step (the endpoint's change of provisioning state). A restart
 * forgets them; the endpoints they moved are settled by `settleAfterRestart` in the routes' setup.
 */
export class ArmOperations {
  private readonly operations = new Map<string, ArmOperation>();
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly delayMs: number) {}

  start(
    scope: { subscriptionId: string; location: Region; endpointId: string },
    result: OperationResult,
    step: () => void,
  ): ArmOperation {
    const operation: ArmOperation = {
      id: randomUUID(),
      ...scope,
      result,
      status: "InProgress",
      startTime: new Date().toISOString(),
      endTime: null,
      dueAt: Date.now() + this.delayMs,
    };
    this.remember(operation);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      try {
        step();
        operation.status = "Succeeded";
      } catch {
        operation.status = "Failed";
      }
      operation.endTime = new Date().toISOString();
    }, this.delayMs);
    this.timers.add(timer);
    return operation;
  }

  get(id: string): ArmOperation | undefined {
    return this.operations.get(id.toLowerCase());
  }

  /** Seconds a poller should wait (ARM's Retry-After): at least 1. */
  retryAfterSeconds(operation: ArmOperation): number {
    return Math.max(1, Math.ceil((operation.dueAt - Date.now()) / 1000));
  }

  cancelAll(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private remember(operation: ArmOperation): void {
    this.operations.set(operation.id, operation);
    if (this.operations.size > MAX_OPERATIONS) {
      const oldest = this.operations.keys().next().value;
      if (oldest !== undefined) this.operations.delete(oldest);
    }
  }
}

const OPERATIONS_BASE = (sub: string, location: string) =>
  `/subscriptions/${sub}/providers/Microsoft.MachineLearningServices/locations/${location}`;

/** The status monitor (`Azure-AsyncOperation`) of an operation, absolute. */
export const asyncOperationUrl = (origin: string, op: ArmOperation, apiVersion: string) =>
  `${origin}${OPERATIONS_BASE(op.subscriptionId, op.location)}/mfeOperationsStatus/${op.id}?api-version=${apiVersion}`;

/** The result URL (`Location`) of an operation, absolute. */
export const operationResultUrl = (origin: string, op: ArmOperation, apiVersion: string) =>
  `${origin}${OPERATIONS_BASE(op.subscriptionId, op.location)}/mfeOperationResults/${op.id}?api-version=${apiVersion}`;

/** The headers of an accepted long-running call. */
export function operationHeaders(
  origin: string,
  op: ArmOperation,
  apiVersion: string,
  retryAfter: number,
  which: { asyncOperation: boolean; location: boolean },
): Record<string, string> {
  const headers: Record<string, string> = { "Retry-After": String(retryAfter) };
  if (which.asyncOperation) {
    headers["Azure-AsyncOperation"] = asyncOperationUrl(origin, op, apiVersion);
    headers["x-ms-async-operation-timeout"] = "PT1H";
  }
  if (which.location) headers.Location = operationResultUrl(origin, op, apiVersion);
  return headers;
}
