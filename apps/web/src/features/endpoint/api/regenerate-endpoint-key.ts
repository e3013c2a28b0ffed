import { EndpointKeyRegenerationSchema } from "@keyturn/api-contract";
import type { KeyType } from "@keyturn/auth-domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, isStaleVersion } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";
import { endpointQueryKeys } from "./endpoint-query-keys";

/** `POST …/keys/{keyType}/regenerate` with `If-Match` on the keys' ETag; Azure's operation followed. */
export const regenerateEndpointKey = (workspace: string, name: string, keyType: KeyType, etag: string) =>
  api(apiPath("endpoints", workspace, name, "keys", keyType, "regenerate"), {
    method: "POST",
    ifMatch: etag,
    schema: EndpointKeyRegenerationSchema,
  });

export function useRegenerateEndpointKey(workspace: string, name: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ keyType, etag }: { keyType: KeyType; etag: string }) =>
      regenerateEndpointKey(workspace, name, keyType, etag),
    onSettled: (_data, error) =>
      isStaleVersion(error)
        ? undefined
        : queryClient.invalidateQueries({ queryKey: endpointQueryKeys.keys(workspace, name) }),
  });
}
