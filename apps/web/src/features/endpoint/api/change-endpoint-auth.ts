import { type EndpointDetail, EndpointDetailSchema } from "@keyturn/api-contract";
import type { EndpointAuthMode } from "@keyturn/auth-domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";
import { endpointQueryKeys } from "./endpoint-query-keys";

export interface ChangeEndpointAuthInput {
  authMode: EndpointAuthMode;
  /** The ETag of the endpoint as read: a stale one gets 412. */
  etag: string;
}

/** `PUT /api/endpoints/{workspace}/{name}/auth` with `If-Match`: the endpoint with its new mode and ETag. */
export const changeEndpointAuth = (
  workspace: string,
  name: string,
  { authMode, etag }: ChangeEndpointAuthInput,
) =>
  api(apiPath("endpoints", workspace, name, "auth"), {
    method: "PUT",
    body: { authMode },
    ifMatch: etag,
    schema: EndpointDetailSchema,
  });

export function useChangeEndpointAuth(workspace: string, name: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangeEndpointAuthInput) => changeEndpointAuth(workspace, name, input),
    onSuccess: (endpoint: EndpointDetail) => {
      queryClient.setQueryData(endpointQueryKeys.detail(workspace, name), endpoint);
      void queryClient.invalidateQueries({ queryKey: endpointQueryKeys.list });
      void queryClient.invalidateQueries({ queryKey: endpointQueryKeys.keys(workspace, name) });
    },
  });
}
