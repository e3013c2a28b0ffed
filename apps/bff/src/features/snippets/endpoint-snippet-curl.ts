import {
  azMl,
  DEPLOYMENT_HEADER,
  ENDPOINT_ENV,
  type EndpointSnippetInput,
  endpointModeComment,
} from "./endpoint-snippet-parts.ts";
import { curlPost, sh } from "./snippet-calls.ts";

/**
 * cURL (POSIX shell) with the credential in an environment variable: the one already set, else read
 * by the Azure CLI as Microsoft's docs for online endpoints do. Nothing secret is written in.
 */
export function endpointCurlSnippet(s: EndpointSnippetInput): string {
  const variable = s.authMode === "Key" ? ENDPOINT_ENV.key : ENDPOINT_ENV.token;
  const fetch =
    s.authMode === "AADToken"
      ? "az account get-access-token --resource https://ml.azure.com --query accessToken -o tsv"
      : `${azMl("get-credentials", s)} --query ${s.authMode === "Key" ? "primaryKey" : "accessToken"} -o tsv`;
  return [
    ...endpointModeComment(s).map((line) => `# ${line}`),
    `${variable}="\${${variable}:-$(${fetch})}"`,
    "",
    ...curlPost(s.scoringUri, s.input, [
      `"Authorization: Bearer $${variable}"`,
      ...(s.deployment ? [sh(`${DEPLOYMENT_HEADER}: ${s.deployment}`)] : []),
    ]),
  ].join("\n");
}
