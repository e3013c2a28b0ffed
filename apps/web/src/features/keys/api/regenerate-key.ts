import type { KeyType } from "@keyturn/auth-domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { api, isStaleVersion } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";
import { DeploymentKeySchema, keysQueryKey } from "./get-keys";

/** The outcome of a regeneration: the replaced value's fingerprint, the new key's metadata, the keys' new ETag. */
export const RegenerationSchema = z.object({
  workspace: z.string(),
  deployment: z.string(),
  outcome: z.literal("succeeded"),
  /** The fingerprint of the value that was replaced (refused from now on). */
  previousFingerprint: z.string().nullable(),
  key: DeploymentKeySchema,
  /** The keys' new ETag (also the `ETag` header). */
  etag: z.string(),
});
export type Regeneration = z.infer<typeof RegenerationSchema>;

export interface RegenerateKeyInput {
  keyType: KeyType;
  /** The ETag of the keys as listed (`GET …/keys`): a stale one gets 412, the keys changed since. */
  etag: string;
}

/** `POST /api/deployments/{workspace}/{name}/keys/{keyType}/regenerate` with `If-Match` (key:regenerate). */
export const regenerateKey = (workspace: string, name: string, { keyType, etag }: RegenerateKeyInput) =>
  api(apiPath("deployments", workspace, name, "keys", keyType, "regenerate"), {
    method: "POST",
    ifMatch: etag,
    schema: RegenerationSchema,
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
