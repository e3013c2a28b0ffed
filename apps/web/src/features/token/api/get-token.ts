import { TokenMetadataSchema } from "@keyturn/api-contract";
import { useMutation } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";

/**
 * `POST /api/deployments/{workspace}/{name}/token` (token:get-and-test): the token's metadata and
 * decoded claims, never the token. 400 `token_auth_not_enabled` without token auth; 503
 * `workspace_region_down` while the workspace's region is down.
 */
export const getToken = (workspace: string, name: string) =>
  api(apiPath("deployments", workspace, name, "token"), { method: "POST", schema: TokenMetadataSchema });

export const useGetToken = (workspace: string, name: string) =>
  useMutation({ mutationFn: () => getToken(workspace, name) });
