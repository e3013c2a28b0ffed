import { TokenMetadataSchema, TokenRevealSchema } from "@keyturn/api-contract";
import { defineRoute } from "../../routing/define-route.ts";
import {
  DEPLOYMENT_PATH,
  DeploymentParamsSchema,
  deniedTarget,
  jsonResponse as json,
  PROVIDER_PROBLEMS,
} from "../../routing/deployment-path.ts";

const description =
  "Token-auth deployments only (else 400 `token_auth_not_enabled`). The token is fetched through the " +
  "workspace's region (503 `workspace_region_down` while it is down) and cached in the BFF until its " +
  "refreshAfter.";

export const getToken = defineRoute({
  method: "post",
  path: `${DEPLOYMENT_PATH}/token`,
  tags: ["tokens"],
  summary: "Get a token for a token-auth deployment; answers its metadata and claims, never the token",
  description,
  permission: "token:get-and-test",
  audit: { action: "token.get", target: deniedTarget },
  request: { params: DeploymentParamsSchema },
  responses: { 200: json("The token's metadata", TokenMetadataSchema), ...PROVIDER_PROBLEMS },
});

export const revealToken = defineRoute({
  method: "post",
  path: `${DEPLOYMENT_PATH}/token/reveal`,
  tags: ["tokens"],
  summary: "Reveal the deployment's current token (step-up: a recent sign-in; audited; no-store)",
  description,
  permission: "secret:reveal",
  stepUp: true,
  audit: { action: "token.reveal", target: deniedTarget },
  request: { params: DeploymentParamsSchema },
  responses: { 200: json("The token", TokenRevealSchema), ...PROVIDER_PROBLEMS },
});
