import { KeyIdentifyResultSchema } from "@keyturn/api-contract";
import { useMutation } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";

/** `POST /api/endpoints/{workspace}/{name}/keys/identify`: which of the endpoint's keys a pasted value is. */
export const identifyEndpointKey = (workspace: string, name: string, key: string) =>
  api(apiPath("endpoints", workspace, name, "keys", "identify"), {
    method: "POST",
    body: { key },
    schema: KeyIdentifyResultSchema,
  });

/** The pasted key must not linger: not cached, and the caller resets the mutation. */
export const useIdentifyEndpointKey = (workspace: string, name: string) =>
  useMutation({ mutationFn: (key: string) => identifyEndpointKey(workspace, name, key), gcTime: 0 });
