import { queryKeys } from "../../../lib/query-keys";

/** The endpoint feature's query keys, under one prefix (`endpoints`) that invalidates them all. */
export const endpointQueryKeys = queryKeys.endpoints;
