import { randomUUID } from "node:crypto";
import { type OperationState, v1Paths } from "@keyturn/azureml-rest";
import type { OperationRecord, ServiceRecord, WorkspaceRecord } from "../state/schema.ts";
import type { Store } from "../state/store.ts";
import { workspaceRef } from "./wire.ts";

/** Records an async operation on a service; finished ones get their end time at once. */
export function recordOperation(
  store: Store,
  workspace: WorkspaceRecord,
  service: ServiceRecord,
  operationType: "Deploy" | "Delete" | "RegenerateKeys",
  state: OperationState,
): OperationRecord {
  const now = new Date().toISOString();
  const operation: OperationRecord = {
    id: randomUUID(),
    workspaceId: workspace.id,
    operationType,
    state,
    resourceLocation: v1Paths.service(workspaceRef(workspace), service.name),
    createdTime: now,
    endTime: state === "Running" || state === "NotStarted" ? null : now,
    error: null,
  };
  store.putOperation(operation);
  return operation;
}
