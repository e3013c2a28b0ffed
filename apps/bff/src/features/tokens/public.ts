// What the rest of the BFF may use of this capability; everything else in the folder is its own.
export { LATENCY_MAX_SAMPLES_PER_REGION, LATENCY_WINDOW_HOURS, regionLatencies } from "./latency-samples.ts";
export { serviceToken } from "./service-token.ts";
export { TokenCache, tokenCacheKey } from "./token-cache.ts";
