import type { AuthSettingsChange, KeyType } from "@keyturn/auth-domain";
import type { ServiceKeys, TokenResponse } from "../keys.ts";
import type { Operation } from "../operation.ts";
import type { WorkspaceRef } from "../paths.ts";
import type { CreateServiceBody, Service } from "../service.ts";
import type { WorkspaceResource } from "../workspace.ts";
import type { PendingOperation, PollPolicy } from "./operations.ts";
import type { RetryPolicy } from "./retry.ts";

export interface AzureMlClientOptions {
  /** The workspace region's host: `https://eastus.api.azureml.ms`, or the emulator's `http://127.0.0.1:8090`. */
  baseUrl: string;
  /** ARM host for listing workspaces (`https://management.azure.com`); the base URL when absent (emulator). */
  armBaseUrl?: string;
  /** ARM api-version of the workspace list. */
  armApiVersion?: string;
  /** The caller's credential (dev-idp client credentials or @azure/identity); asked once per call. */
  getAccessToken: () => Promise<string>;
  fetch?: typeof fetch;
  /** Deadline of one HTTP request, reading the body included. Default 10 s. */
  timeoutMs?: number;
  /** Applies to reads only (and once to the token call); writes are never retried. */
  retry?: RetryPolicy;
  poll?: PollPolicy;
  /** Injectable clock, timer and jitter source, for tests. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** A PATCH of the auth settings either finished (200) or was accepted to finish later (202). */
export type UpdateAuthOutcome =
  | { state: "completed"; service: Service }
  | { state: "accepted"; operation: PendingOperation };

/** The Azure ML v1 web-service API of one region host. Every failure is an AzureMlError. */
export interface AzureMlClient {
  listWorkspaces(subscriptionId: string, resourceGroup: string): Promise<WorkspaceResource[]>;
  /** Every page, following `nextLink`. */
  listServices(ref: WorkspaceRef): Promise<Service[]>;
  getService(ref: WorkspaceRef, name: string): Promise<Service>;
  createService(ref: WorkspaceRef, body: CreateServiceBody): Promise<PendingOperation>;
  /** null: deleted already (200/204); else the operation that deletes. */
  deleteService(ref: WorkspaceRef, name: string): Promise<PendingOperation | null>;
  updateAuth(ref: WorkspaceRef, name: string, change: AuthSettingsChange): Promise<UpdateAuthOutcome>;
  listKeys(ref: WorkspaceRef, name: string): Promise<ServiceKeys>;
  /** `keyValue` absent → the service generates the key. null: done already (200). */
  regenerateKey(
    ref: WorkspaceRef,
    name: string,
    keyType: KeyType,
    keyValue?: string,
  ): Promise<PendingOperation | null>;
  getToken(ref: WorkspaceRef, name: string): Promise<TokenResponse>;
  getOperation(ref: WorkspaceRef, id: string): Promise<Operation>;
  /** Polls until a terminal state: Succeeded → the operation, otherwise an AzureMlError. */
  waitForOperation(
    operationLocation: string | PendingOperation,
    poll?: Partial<PollPolicy>,
  ): Promise<Operation>;
}
