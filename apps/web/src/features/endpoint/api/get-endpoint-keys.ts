import { EndpointKeyListSchema } from "@keyturn/api-contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";
import { endpointQueryKeys } from "./endpoint-query-keys";

/** `GET /api/endpoints/{workspace}/{name}/keys`: fingerprints and dates, never a value. */
export const getEndpointKeys = (workspace: string, name: string, signal?: AbortSignal) =>
  api(apiPath("endpoints", workspace, name, "keys"), { schema: EndpointKeyListSchema, signal });

export const endpointKeysQueryOptions = (workspace: string, name: string) =>
  queryOptions({
    queryKey: endpointQueryKeys.keys(workspace, name),
    queryFn: ({ signal }) => getEndpointKeys(workspace, name, signal),
  });

export const useEndpointKeys = (workspace: string, name: string, enabled: boolean) =>
  useQuery({ ...endpointKeysQueryOptions(workspace, name), enabled });
