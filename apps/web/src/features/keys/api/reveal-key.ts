import { KeyRevealSchema } from "@keyturn/api-contract";
import type { KeyType } from "@keyturn/auth-domain";
import { useMutation } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";

/**
 * `POST /api/deployments/{workspace}/{name}/keys/{keyType}/reveal` (secret:reveal + step-up). The
 * api client asks for a fresh sign-in on `insufficient_user_authentication` and replays the call.
 */
export const revealKey = (workspace: string, name: string, keyType: KeyType) =>
  api(apiPath("deployments", workspace, name, "keys", keyType, "reveal"), {
    method: "POST",
    schema: KeyRevealSchema,
  });

/** Not cached: `gcTime: 0` and the caller resets the mutation once it holds the value itself. */
export const useRevealKey = (workspace: string, name: string) =>
  useMutation({ mutationFn: (keyType: KeyType) => revealKey(workspace, name, keyType), gcTime: 0 });
