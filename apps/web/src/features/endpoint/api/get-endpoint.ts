import { EndpointDetailSchema } from "@keyturn/api-contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";
import { endpointQueryKeys } from "./endpoint-query-keys";

/** `GET /api/endpoints/{workspace}/{name}`: one online endpoint, read from Azure now. */
export const getEndpoint = (workspace: string, name: string, signal?: AbortSignal) =>
  api(apiPath("endpoints", workspace, name), { schema: EndpointDetailSchema, signal });

/** An endpoint that is being created, updated or deleted is read again until it settles. */
const SETTLING = new Set(["Creating", "Updating", "Deleting"]);

export const endpointQueryOptions = (workspace: string, name: string) =>
  queryOptions({
    queryKey: endpointQueryKeys.detail(workspace, name),
    queryFn: ({ signal }) => getEndpoint(workspace, name, signal),
    refetchInterval: (query) => (SETTLING.has(query.state.data?.provisioningState ?? "") ? 2_000 : false),
  });

export const useEndpoint = (workspace: string, name: string) =>
  useQuery(endpointQueryOptions(workspace, name));
