import { KeyListSchema } from "@keyturn/api-contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";
import { queryKeys } from "../../../lib/query-keys";

export const keysQueryKey = queryKeys.deployments.keys;

/** `GET /api/deployments/{workspace}/{name}/keys`: metadata only (fingerprints, dates), never a value. */
export const getKeys = (workspace: string, name: string, signal?: AbortSignal) =>
  api(apiPath("deployments", workspace, name, "keys"), { schema: KeyListSchema, signal });

export const keysQueryOptions = (workspace: string, name: string) =>
  queryOptions({
    queryKey: keysQueryKey(workspace, name),
    queryFn: ({ signal }) => getKeys(workspace, name, signal),
  });

export const useKeys = (workspace: string, name: string) => useQuery(keysQueryOptions(workspace, name));
