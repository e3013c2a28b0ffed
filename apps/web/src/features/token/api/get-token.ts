import { TokenStateSchema, WorkspaceTokenSchema } from "@keyturn/auth-domain";
import { useMutation } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";

/**
 * What the browser learns of a workspace token (the BFF's `TokenMetadata`): its times (Unix epoch
 * seconds, as auth-domain's `WorkspaceToken`), decoded claims and fingerprint — never the token.
 */
export const TokenMetadataSchema = WorkspaceTokenSchema.pick({
  tokenType: true,
  refreshAfter: true,
  expiryOn: true,
}).extend({
  workspace: z.string(),
  deployment: z.string(),
  /** auth-domain's `tokenState` when the BFF answered; the console recomputes it live. */
  state: TokenStateSchema,
  secondsUntilRefresh: z.number().int().nonnegative(),
  secondsUntilExpiry: z.number().int().nonnegative(),
  /** The JWT's claims, decoded (not verified); null when the token is not a JWT. */
  claims: z.record(z.string(), z.unknown()).nullable(),
  fingerprint: z.string(),
  /** How long the token call took (the call that filled the BFF's cache, when `cached`). */
  latencyMs: z.number().nonnegative(),
  /** The workspace's region: token calls go through it. */
  region: z.string(),
  /** Served from the BFF's cache (kept until `refreshAfter`) rather than fetched now. */
  cached: z.boolean(),
  fetchedAt: z.iso.datetime(),
});
export type TokenMetadata = z.infer<typeof TokenMetadataSchema>;

/**
 * `POST /api/deployments/{workspace}/{name}/token` (token:get-and-test). 400 `token_auth_not_enabled`
 * without token auth; 503 `workspace_region_down` while the workspace's region is down.
 */
export const getToken = (workspace: string, name: string) =>
  api(apiPath("deployments", workspace, name, "token"), { method: "POST", schema: TokenMetadataSchema });

export const useGetToken = (workspace: string, name: string) =>
  useMutation({ mutationFn: () => getToken(workspace, name) });
