import type { EndpointAuthMode, KeyType } from "@keyturn/auth-domain";
import type { PollPolicy } from "../client/operations.ts";
import type { UnreadableItem } from "../client/paging.ts";
import type { AzureMlClientOptions } from "../client/types.ts";
import type { WorkspaceRef } from "../paths.ts";
import type { EndpointKeys, EndpointToken } from "./credentials.ts";
import type { OnlineEndpoint, OtherKindEndpoint } from "./endpoint.ts";
import type { OnlineEndpointPutBody } from "./put-body.ts";

/**
 * The same HTTP layer as the v1 client (deadline, injected fetch, reads-only retry, redaction, one
 * AzureMlError), on ARM's host: `https://management.azure.com`, or the emulator's base URL.
 */
export type OnlineEndpointsClientOptions = Pick<
  AzureMlClientOptions,
  "getAccessToken" | "fetch" | "timeoutMs" | "retry" | "now" | "sleep" | "random"
> & {
  /** ARM's host; the credential behind getAccessToken gives tokens for `https://management.azure.com`. */
  armBaseUrl: string;
  /** How long-running changes are followed when an answer gives no Retry-After. Default DEFAULT_POLL. */
  poll?: PollPolicy;
};

/** A workspace's online endpoints read one by one. */
export interface EndpointListing {
  /** Managed and Kubernetes endpoints. */
  endpoints: OnlineEndpoint[];
  /** Endpoints of another compute type (AzureMLCompute), read-only. */
  otherKinds: OtherKindEndpoint[];
  /** The items that could not be read: where, their name if any, and why. */
  unreadable: UnreadableItem[];
}

/** Azure ML v2 online endpoints (ARM onlineEndpoints) of any workspace. Every failure is an AzureMlError. */
export interface OnlineEndpointsClient {
  /** Every page (following `nextLink`), each item read on its own. */
  listEndpoints(ref: WorkspaceRef): Promise<EndpointListing>;
  /** A Managed or Kubernetes endpoint (another kind is not understood). */
  getEndpoint(ref: WorkspaceRef, name: string): Promise<OnlineEndpoint>;
  /** Creates or replaces the endpoint, followed to its end: the endpoint as it then is. */
  putEndpoint(ref: WorkspaceRef, name: string, body: OnlineEndpointPutBody): Promise<OnlineEndpoint>;
  /** Reads the endpoint and PUTs it back with this auth mode, followed to its end. */
  setEndpointAuthMode(ref: WorkspaceRef, name: string, authMode: EndpointAuthMode): Promise<OnlineEndpoint>;
  /** Replaces the endpoint's tags (PATCH), followed to its end. */
  patchEndpointTags(ref: WorkspaceRef, name: string, tags: Record<string, string>): Promise<OnlineEndpoint>;
  /** Deletes the endpoint, followed to its end (ARM answers 204 when there was none: no error). */
  deleteEndpoint(ref: WorkspaceRef, name: string): Promise<void>;
  listEndpointKeys(ref: WorkspaceRef, name: string): Promise<EndpointKeys>;
  /** `keyValue` absent → Azure generates the key. Followed to its end; read the key with listEndpointKeys. */
  regenerateEndpointKey(ref: WorkspaceRef, name: string, keyType: KeyType, keyValue?: string): Promise<void>;
  /** An AML token (AMLToken endpoints). */
  getEndpointToken(ref: WorkspaceRef, name: string): Promise<EndpointToken>;
}
