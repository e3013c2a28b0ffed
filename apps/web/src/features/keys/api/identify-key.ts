import { type KeyIdentifyRequest, KeyIdentifyResultSchema } from "@keyturn/api-contract";
import { useMutation } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";

/** `POST /api/deployments/{workspace}/{name}/keys/identify`: which of the two keys a pasted value is. */
export const identifyKey = (workspace: string, name: string, body: KeyIdentifyRequest) =>
  api(apiPath("deployments", workspace, name, "keys", "identify"), {
    method: "POST",
    body,
    schema: KeyIdentifyResultSchema,
  });

/** The pasted key must not linger: not cached (`gcTime: 0`), and the caller resets the mutation. */
export const useIdentifyKey = (workspace: string, name: string) =>
  useMutation({ mutationFn: (key: string) => identifyKey(workspace, name, { key }), gcTime: 0 });
