import { TokenRevealSchema } from "@keyturn/api-contract";
import { useMutation } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";

/**
 * `POST /api/deployments/{workspace}/{name}/token/reveal` (secret:reveal + step-up); the api client
 * handles the step-up and replays the call.
 */
export const revealToken = (workspace: string, name: string) =>
  api(apiPath("deployments", workspace, name, "token", "reveal"), {
    method: "POST",
    schema: TokenRevealSchema,
  });

/** Not cached: `gcTime: 0` and the caller resets the mutation once it holds the value itself. */
export const useRevealToken = (workspace: string, name: string) =>
  useMutation({ mutationFn: () => revealToken(workspace, name), gcTime: 0 });
