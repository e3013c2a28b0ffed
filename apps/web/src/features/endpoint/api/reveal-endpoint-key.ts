import { KeyRevealSchema } from "@keyturn/api-contract";
import type { KeyType } from "@keyturn/auth-domain";
import { useMutation } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";

/** `POST …/keys/{keyType}/reveal` (secret:reveal + step-up; the api client asks for a fresh sign-in). */
export const revealEndpointKey = (workspace: string, name: string, keyType: KeyType) =>
  api(apiPath("endpoints", workspace, name, "keys", keyType, "reveal"), {
    method: "POST",
    schema: KeyRevealSchema,
  });

/** Not cached: the caller resets the mutation once it holds the value itself. */
export const useRevealEndpointKey = (workspace: string, name: string) =>
  useMutation({ mutationFn: (keyType: KeyType) => revealEndpointKey(workspace, name, keyType), gcTime: 0 });
