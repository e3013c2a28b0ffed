import { FingerprintSchema, type KeyType, KeyTypeSchema } from "@keyturn/auth-domain";
import { useMutation } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";

/** The only response that carries a key's value (step-up, audited, `Cache-Control: no-store`). */
export const RevealedKeySchema = z.object({
  keyType: KeyTypeSchema,
  fingerprint: FingerprintSchema,
  /** The key itself: kept only in the component that shows it, for 30 seconds. */
  value: z.string().min(1),
});
export type RevealedKey = z.infer<typeof RevealedKeySchema>;

/**
 * `POST /api/deployments/{workspace}/{name}/keys/{keyType}/reveal` (secret:reveal + step-up). The
 * api client asks for a fresh sign-in on `insufficient_user_authentication` and replays the call.
 */
export const revealKey = (workspace: string, name: string, keyType: KeyType) =>
  api(apiPath("deployments", workspace, name, "keys", keyType, "reveal"), {
    method: "POST",
    schema: RevealedKeySchema,
  });

/** Not cached: `gcTime: 0` and the caller resets the mutation once it holds the value itself. */
export const useRevealKey = (workspace: string, name: string) =>
  useMutation({ mutationFn: (keyType: KeyType) => revealKey(workspace, name, keyType), gcTime: 0 });
