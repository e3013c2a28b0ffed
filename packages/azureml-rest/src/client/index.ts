// The client's public surface; http, paging and parsing stay internal.
export { createAzureMlClient } from "./azureml-client.ts";
export {
  AzureMlError,
  type AzureMlErrorInit,
  CredentialRefusedError,
  classifyStatus,
  isAzureMlError,
} from "./errors.ts";
export { DEFAULT_POLL, type PendingOperation, type PollPolicy } from "./operations.ts";
export { DEFAULT_RETRY, type RetryMode, type RetryPolicy } from "./retry.ts";
export type { AzureMlClient, AzureMlClientOptions, UpdateAuthOutcome } from "./types.ts";
