import { OperationStatusSchema } from "../operation.ts";
import { v1Paths } from "../paths.ts";
import { discoverApiHost } from "./discovery.ts";
import { createHttp } from "./http.ts";
import { DEFAULT_POLL, type PendingOperation, type PollPolicy, pollOperation } from "./operations.ts";
import { parseAnswer } from "./parse.ts";
import { DEFAULT_RETRY } from "./retry.ts";
import { secretCalls } from "./secret-calls.ts";
import { serviceCalls } from "./service-calls.ts";
import { ttlCache } from "./ttl-cache.ts";
import type { AzureMlClient, AzureMlClientOptions } from "./types.ts";

const DEFAULT_TIMEOUT_MS = 10_000;
// The v1 API is not versioned by query; the ARM workspace list is, and any GA version lists the same.
const DEFAULT_ARM_API_VERSION = "2024-10-01";
// A compute's region changes only if the compute is deleted and made again elsewhere.
const DEFAULT_COMPUTE_REGION_CACHE_MS = 15 * 60_000;
// A workspace's hosts change only if Azure moves it; an hour bounds how long a move goes unseen.
const DEFAULT_DISCOVERY_CACHE_MS = 60 * 60_000;
const CACHE_ENTRIES = 1_000;

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

  const computeRegions = ttlCache<string | null>({
    max: CACHE_ENTRIES,
    ttlMs: options.computeRegionCacheMs ?? DEFAULT_COMPUTE_REGION_CACHE_MS,
    now,
  });
  const apiHosts = ttlCache<string>({
    max: CACHE_ENTRIES,
    ttlMs: options.discoveryCacheMs ?? DEFAULT_DISCOVERY_CACHE_MS,
    now,
  });
  const services = serviceCalls(http, arm, computeRegions);

  function waitForOperation(operation: string | PendingOperation, poll?: Partial<PollPolicy>) {
    const { location, id } =
      typeof operation === "string" ? { location: operation, id: undefined } : operation;
    const base = options.poll ?? DEFAULT_POLL;
    const policy = {
      intervalMs: poll?.intervalMs ?? base.intervalMs,
      timeoutMs: poll?.timeoutMs ?? base.timeoutMs,
    };
    return pollOperation(http, location, policy, { now, sleep }, id);
  }

  return {
    ...services,
    ...secretCalls(http),

    discoverApiHost: (workspace) => discoverApiHost(http, apiHosts, workspace),

    async getOperation(ref, id) {
      const url = v1Paths.operation(ref, id);
      const answer = await http.send({ label: "getOperation", method: "GET", url, retry: "read" });
      const operation = parseAnswer(OperationStatusSchema, answer.json, "getOperation", answer.status);
      return { ...operation, id: operation.id ?? id };
    },

    waitForOperation,

    async updateAuthToEnd(ref, name, change, poll) {
      const outcome = await services.updateAuth(ref, name, change);
      if (outcome.state === "completed") return outcome.service;
      await waitForOperation(outcome.operation, poll);
      return services.getService(ref, name);
    },
  };
}
