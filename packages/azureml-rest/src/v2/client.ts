import { createHttp } from "../client/http.ts";
import { DEFAULT_POLL } from "../client/operations.ts";
import { DEFAULT_RETRY } from "../client/retry.ts";
import { endpointCalls } from "./endpoint-calls.ts";
import type { OnlineEndpointsClient, OnlineEndpointsClientOptions } from "./types.ts";

const DEFAULT_TIMEOUT_MS = 10_000;
const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The v2 online endpoints client on ARM's host, over the same HTTP layer as the v1 client: the BFF's
 * guarded fetch, the deadline, retries of reads only and redaction apply to every call alike.
 */
export function createOnlineEndpointsClient(options: OnlineEndpointsClientOptions): OnlineEndpointsClient {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? sleepFor;
  // The last token sent, kept to scrub it from an operation's error (the HTTP layer scrubs its own answers).
  let lastToken: string | undefined;
  const getAccessToken = async () => {
    lastToken = await options.getAccessToken();
    return lastToken;
  };
  const http = createHttp({
    baseUrl: options.armBaseUrl,
    getAccessToken,
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retry: options.retry ?? DEFAULT_RETRY,
    now,
    sleep,
    random: options.random ?? Math.random,
  });
  const sentSecrets = () => (lastToken === undefined ? [] : [lastToken]);
  return endpointCalls({ http, policy: options.poll ?? DEFAULT_POLL, now, sleep, sentSecrets });
}
