import type { AuthSettingsChange, KeyType } from "@keyturn/auth-domain";
import type { ServiceKeys, TokenResponse } from "../keys.ts";
import type { OperationStatus } from "../operation.ts";
import type { WorkspaceRef } from "../paths.ts";
import type { CreateServiceBody, OtherKindService, Service } from "../service.ts";
import type { ComputeListItem, WorkspaceResource } from "../workspace.ts";
import type { DiscoverableWorkspace } from "./discovery.ts";
import type { PendingOperation, PollPolicy } from "./operations.ts";
import type { ItemListing, UnreadableItem } from "./paging.ts";
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
  /** How long a compute's region is kept (getComputeRegion). Default 15 minutes. */
  computeRegionCacheMs?: number;
  /** How long a workspace's model-management host is kept (discoverApiHost). Default 1 hour. */
  discoveryCacheMs?: number;
  /** Injectable clock, timer and jitter source, for tests. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** A workspace's services read one by one (listServiceItems). */
export interface ServiceListing {
  /** The services of the kinds Keyturn manages (ACI, AKS). */
  services: Service[];
  /** The services of other kinds (AKSENDPOINT, IOT, AMLCOMPUTE, UNKNOWN, MIR …), read-only. */
  otherKinds: OtherKindService[];
  /** The items that could not be read: where, their name if any, and why. */
  unreadable: UnreadableItem[];
}

/**
 * A PATCH of the auth settings either finished (200 with the service) or was accepted to finish
 * later (202 with Operation-Location, or 200 naming its `operationId`).
 */
export type UpdateAuthOutcome =
  | { state: "completed"; service: Service }
  | { state: "accepted"; operation: PendingOperation };

/** The Azure ML v1 web-service API of one region host. Every failure is an AzureMlError. */
export interface AzureMlClient {
  /** Every workspace, or a not-understood error when one of them cannot be read. */
  listWorkspaces(subscriptionId: string, resourceGroup: string): Promise<WorkspaceResource[]>;
  /** Every workspace read on its own: one unreadable workspace is reported, never hides the others. */
  listWorkspaceItems(subscriptionId: string, resourceGroup: string): Promise<ItemListing<WorkspaceResource>>;
  /**
   * The services of the kinds Keyturn manages, every page (following `nextLink`); services of other
   * kinds are left out, and an unreadable item fails the call (listServiceItems reports it instead).
   */
  listServices(ref: WorkspaceRef): Promise<Service[]>;
  /** Every page, each item read on its own: managed services, other kinds, and the unreadable ones. */
  listServiceItems(ref: WorkspaceRef): Promise<ServiceListing>;
  /** A service of a kind Keyturn manages (another kind is not understood). */
  getService(ref: WorkspaceRef, name: string): Promise<Service>;
  /**
   * The region of a workspace's compute (ARM …/computes/{name}), where an AKS service runs: its
   * `computeLocation`, else its `location`; null when it has neither. Kept for computeRegionCacheMs.
   */
  getComputeRegion(ref: WorkspaceRef, computeName: string): Promise<string | null>;
  /**
   * A workspace's computes (ARM …/computes, every page), each read on its own: one without a name is
   * reported as unreadable, never hides the others. Not cached: a cluster attached a moment ago shows.
   */
  listComputeItems(ref: WorkspaceRef): Promise<ItemListing<ComputeListItem>>;
  /**
   * The workspace's model-management host, from its discovery document's `api`; kept per workspace for
   * discoveryCacheMs. Null when the workspace has no discovery URL.
   */
  discoverApiHost(workspace: DiscoverableWorkspace): Promise<string | null>;
  createService(ref: WorkspaceRef, body: CreateServiceBody): Promise<PendingOperation>;
  /** null: deleted already (200/204); else the operation that deletes. */
  deleteService(ref: WorkspaceRef, name: string): Promise<PendingOperation | null>;
  updateAuth(ref: WorkspaceRef, name: string, change: AuthSettingsChange): Promise<UpdateAuthOutcome>;
  /** updateAuth followed to its end: the operation it started polled to Succeeded, then the service. */
  updateAuthToEnd(
    ref: WorkspaceRef,
    name: string,
    change: AuthSettingsChange,
    poll?: Partial<PollPolicy>,
  ): Promise<Service>;
  listKeys(ref: WorkspaceRef, name: string): Promise<ServiceKeys>;
  /** `keyValue` absent → the service generates the key. null: done already (200). */
  regenerateKey(
    ref: WorkspaceRef,
    name: string,
    keyType: KeyType,
    keyValue?: string,
  ): Promise<PendingOperation | null>;
  getToken(ref: WorkspaceRef, name: string): Promise<TokenResponse>;
  getOperation(ref: WorkspaceRef, id: string): Promise<OperationStatus>;
  /** Polls until a terminal state: Succeeded → the operation, otherwise an AzureMlError. */
  waitForOperation(
    operationLocation: string | PendingOperation,
    poll?: Partial<PollPolicy>,
  ): Promise<OperationStatus>;
}
