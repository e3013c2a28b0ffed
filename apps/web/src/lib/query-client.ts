import { QueryClient } from "@tanstack/react-query";
import { ApiProblem } from "./api-client";

declare module "@tanstack/react-query" {
  interface Register {
    // Every fetcher goes through lib/api-client, which only throws ApiProblem.
    defaultError: ApiProblem;
  }
}

const TRANSIENT = new Set([
  "network_error",
  "internal_error",
  "rate_limited",
  "provider_throttled",
  "provider_timeout",
]);

/** Queries retry transient failures twice; a 4xx answer is final. Mutations never retry by themselves. */
export function shouldRetry(failureCount: number, error: unknown) {
  return failureCount < 2 && error instanceof ApiProblem && TRANSIENT.has(error.code);
}

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
