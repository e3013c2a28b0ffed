import { useMutation } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";

/** The only response that carries a token (step-up, audited, `Cache-Control: no-store`). */
export const TokenRevealSchema = z.object({
  tokenType: z.string(),
  fingerprint: z.string(),
  expiryOn: z.number().int(),
  /** The token itself: kept only in the component that shows it, for 30 seconds. */
  accessToken: z.string().min(1),
});
export type TokenReveal = z.infer<typeof TokenRevealSchema>;

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
