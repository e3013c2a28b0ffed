import type { KeyType } from "@keyturn/auth-domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";
import { DeploymentKeySchema, keysQueryKey } from "./get-keys";

/** The outcome of a regeneration: the replaced value's fingerprint and the new key's metadata. */
export const RegenerationSchema = z.object({
  workspace: z.string(),
  deployment: z.string(),
  outcome: z.literal("succeeded"),
  /** The fingerprint of the value that was replaced (refused from now on). */
  previousFingerprint: z.string().nullable(),
  key: DeploymentKeySchema,
});
export type Regeneration = z.infer<typeof RegenerationSchema>;

/** `POST /api/deployments/{workspace}/{name}/keys/{keyType}/regenerate` (key:regenerate). */
export const regenerateKey = (workspace: string, name: string, keyType: KeyType) =>
  api(apiPath("deployments", workspace, name, "keys", keyType, "regenerate"), {
    method: "POST",
    schema: RegenerationSchema,
  });

export function useRegenerateKey(workspace: string, name: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (keyType: KeyType) => regenerateKey(workspace, name, keyType),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keysQueryKey(workspace, name) }),
  });
}
