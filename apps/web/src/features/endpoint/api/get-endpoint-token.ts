import { EndpointTokenMetadataSchema } from "@keyturn/api-contract";
import { useMutation } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";

/** `POST …/token`: an AML token's metadata (refresh-after, expiry, fingerprint); never the token. */
export const getEndpointToken = (workspace: string, name: string) =>
  api(apiPath("endpoints", workspace, name, "token"), {
    method: "POST",
    schema: EndpointTokenMetadataSchema,
  });

export const useGetEndpointToken = (workspace: string, name: string) =>
  useMutation({ mutationFn: () => getEndpointToken(workspace, name) });
