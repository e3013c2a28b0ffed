import { ConnectionListSchema } from "@keyturn/api-contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export const CONNECTIONS_PATH = "/api/connections";
export const connectionsQueryKey = queryKeys.connections;

/** `GET /api/connections` (settings:admin): every connection, by name. */
export const getConnections = (signal?: AbortSignal) =>
  api(CONNECTIONS_PATH, { schema: ConnectionListSchema, signal });

export const connectionsQueryOptions = () =>
  queryOptions({ queryKey: connectionsQueryKey, queryFn: ({ signal }) => getConnections(signal) });

export const useConnections = () => useQuery(connectionsQueryOptions());
