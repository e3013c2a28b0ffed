// The client's public surface; http, paging and parsing stay internal.
export { createAzureMlClient } from "./azureml-client.ts";
export { apiHostOf, type DiscoverableWorkspace } from "./discovery.ts";
export {
  AzureMlError,
  type AzureMlErrorInit,
  CredentialRefusedError,
  classifyStatus,
  isAzureMlError,
  type ProviderErrorDetail,
  scrub,
} from "./errors.ts";
export { DEFAULT_POLL, type PendingOperation, type PollPolicy } from "./operations.ts";
export type { ItemListing, UnreadableItem } from "./paging.ts";
export { DEFAULT_RETRY, type RetryMode, type RetryPolicy } from "./retry.ts";
export { sortServices } from "./service-calls.ts";
export type {
  AzureMlClient,
  AzureMlClientOptions,
  ServiceListing,
  UpdateAuthOutcome,
} from "./types.ts";
