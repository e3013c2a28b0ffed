import { ConnectionListSchema } from "@keyturn/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiGetQueryOptions } from "../../../lib/api-query";
import { queryKeys } from "../../../lib/query-keys";

export const CONNECTIONS_PATH = "/api/connections";
export const connectionsQueryKey = queryKeys.connections;

/** `GET /api/connections` (settings:admin): every connection, by name. */
export const connectionsQueryOptions = apiGetQueryOptions(
  CONNECTIONS_PATH,
  ConnectionListSchema,
  connectionsQueryKey,
);

export const useConnections = () => useQuery(connectionsQueryOptions());
