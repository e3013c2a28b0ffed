import { ENTRA_SCORING_SCOPE, type EndpointAuthMode } from "@keyturn/auth-domain";
import { sh } from "./snippet-calls.ts";

// What every language of a v2 endpoint's snippets shares: the input, the names, the comment.

export interface EndpointSnippetInput {
  authMode: EndpointAuthMode;
  endpoint: string;
  /** The ARM identity of the workspace (`az ml` and azure-ai-ml name it so). */
  subscriptionId: string;
  resourceGroup: string;
  workspace: string;
  scoringUri: string;
  /** Sent as `azureml-model-deployment`; null lets the endpoint's traffic split pick. */
  deployment: string | null;
  /** The endpoint's ARM `token` call (POST) and the scope of the Entra token it takes (AMLToken mode). */
  tokenUrl: string;
  managementScope: string;
  /** The Azure RBAC action an Entra-token caller needs (AADToken mode). */
  scorePermission: string;
  input: unknown;
}

/** The environment variables the snippets read a credential from. */
export const ENDPOINT_ENV = { key: "ENDPOINT_KEY", token: "ENDPOINT_TOKEN" } as const;

export const DEPLOYMENT_HEADER = "azureml-model-deployment";
const MANAGEMENT_TOKEN_ACTION = "Microsoft.MachineLearningServices/workspaces/onlineEndpoints/token/action";

/** How the endpoint authenticates, and which deployment answers: comment lines for every language. */
export function endpointModeComment({
  authMode,
  deployment,
  scorePermission,
}: EndpointSnippetInput): string[] {
  const mode =
    authMode === "Key"
      ? [
          "Key authentication: send the endpoint's primary (or secondary) key as a bearer credential.",
          `Keep the key out of source control: this code reads it from the environment (${ENDPOINT_ENV.key}).`,
        ]
      : authMode === "AMLToken"
        ? [
            "AML token authentication: get a token from the endpoint's token call (an identity allowed",
            `${MANAGEMENT_TOKEN_ACTION}),`,
            "send it as a bearer credential, and get a new one once its refresh-after time has passed.",
          ]
        : [
            `Microsoft Entra ID authentication: a token for ${ENTRA_SCORING_SCOPE} of an identity allowed`,
            `${scorePermission}.`,
          ];
  const routing = deployment
    ? [`The ${DEPLOYMENT_HEADER} header sends the call to the deployment "${deployment}".`]
    : [`Without the ${DEPLOYMENT_HEADER} header, the endpoint's traffic split picks the deployment.`];
  return [...mode, ...routing];
}

/** `az ml online-endpoint <verb>` naming the endpoint and its workspace in full. */
export const azMl = (verb: string, s: EndpointSnippetInput) =>
  `az ml online-endpoint ${verb} --name ${sh(s.endpoint)} --resource-group ${sh(s.resourceGroup)} ` +
  `--workspace-name ${sh(s.workspace)} --subscription ${sh(s.subscriptionId)}`;
