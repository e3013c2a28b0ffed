import { createRouter } from "../../routing/create-router.ts";
import { latencies } from "./regions.handlers.ts";
import { getRegionLatencies } from "./regions.routes.ts";

/** Token-fetch latency per workspace region (the seed's "same region" recommendation, measured). */
export const createRegionsRouter = () => createRouter().openapi(getRegionLatencies, latencies);
