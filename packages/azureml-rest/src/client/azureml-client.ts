import { OperationSchema } from "../operation.ts";
import { v1Paths } from "../paths.ts";
import { createHttp } from "./http.ts";
import { DEFAULT_POLL, pollOperation } from "./operations.ts";
import { parseAnswer } from "./parse.ts";
import { DEFAULT_RETRY } from "./retry.ts";
import { secretCalls } from "./secret-calls.ts";
import { serviceCalls } from "./service-calls.ts";
import type { AzureMlClient, AzureMlClientOptions } from "./types.ts";

const DEFAULT_TIMEOUT_MS = 10_000;
// The v1 API is not versioned by query; the ARM workspace list is, and any GA version lists the same.
const DEFAULT_ARM_API_VERSION = "2024-10-01";

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The one client for a region host: the emulator and Azure differ only in `baseUrl` and the
 * credential behind `getAccessToken` (docs/architecture.md, "Components").
 */
export function createAzureMlClient(options: AzureMlClientOptions): AzureMlClient {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? sleepFor;
  const http = createHttp({
    baseUrl: options.baseUrl,
    getAccessToken: options.getAccessToken,
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retry: options.retry ?? DEFAULT_RETRY,
    now,
    sleep,
    random: options.random ?? Math.random,
  });
  const arm = {
    base: options.armBaseUrl ?? options.baseUrl,
    apiVersion: options.armApiVersion ?? DEFAULT_ARM_API_VERSION,
  };

  return {
    ...serviceCalls(http, arm),
    ...secretCalls(http),

    async getOperation(ref, id) {
      const url = v1Paths.operation(ref, id);
      const answer = await http.send({ label: "getOperation", method: "GET", url, retry: "read" });
      return parseAnswer(OperationSchema, answer.json, "getOperation", answer.status);
    },

    waitForOperation(operationLocation, poll) {
      const location = typeof operationLocation === "string" ? operationLocation : operationLocation.location;
      const base = options.poll ?? DEFAULT_POLL;
      const policy = {
        intervalMs: poll?.intervalMs ?? base.intervalMs,
        timeoutMs: poll?.timeoutMs ?? base.timeoutMs,
      };
      return pollOperation(http, location, policy, { now, sleep });
    },
  };
}
