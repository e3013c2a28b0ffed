import { KeyRegenerationSchema } from "@keyturn/api-contract";
import type { KeyType } from "@keyturn/auth-domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, isStaleVersion } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";
import { keysQueryKey } from "./get-keys";

export interface RegenerateKeyInput {
  keyType: KeyType;
  /** The ETag of the keys as listed (`GET …/keys`): a stale one gets 412, the keys changed since. */
  etag: string;
}

/**
 * `POST /api/deployments/{workspace}/{name}/keys/{keyType}/regenerate` with `If-Match` (key:regenerate):
 * the replaced value's fingerprint, the new key's metadata and the keys' new ETag.
 */
export const regenerateKey = (workspace: string, name: string, { keyType, etag }: RegenerateKeyInput) =>
  api(apiPath("deployments", workspace, name, "keys", keyType, "regenerate"), {
    method: "POST",
    ifMatch: etag,
    schema: KeyRegenerationSchema,
  });

export function useRegenerateKey(workspace: string, name: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RegenerateKeyInput) => regenerateKey(workspace, name, input),
    // On a conflict the keys are reloaded when the user asks (the answer explains why first).
    onSettled: (_data, error) =>
      isStaleVersion(error)
        ? undefined
        : queryClient.invalidateQueries({ queryKey: keysQueryKey(workspace, name) }),
  });
}
