import { ENTRA_SCORING_SCOPE } from "@keyturn/auth-domain";
import {
  DEPLOYMENT_HEADER,
  ENDPOINT_ENV,
  type EndpointSnippetInput,
  endpointModeComment,
} from "./endpoint-snippet-parts.ts";
import { pythonPost, quoted } from "./snippet-calls.ts";

/** Python: `requests` for the call; azure-ai-ml for an AML token, azure-identity for an Entra token. */
export function endpointPythonSnippet(s: EndpointSnippetInput): string {
  const headers = (bearer: string) => [
    `"Authorization": f"Bearer {${bearer}}"`,
    ...(s.deployment ? [`${quoted(DEPLOYMENT_HEADER)}: ${quoted(s.deployment)}`] : []),
  ];
  const comment = endpointModeComment(s).map((line) => `# ${line}`);
  const uri = `SCORING_URI = ${quoted(s.scoringUri)}`;
  if (s.authMode === "Key") {
    return [
      ...comment,
      "import os",
      "",
      "import requests",
      "",
      uri,
      `KEY = os.environ[${quoted(ENDPOINT_ENV.key)}]`,
      ...pythonPost(s.input, headers("KEY")),
    ].join("\n");
  }
  if (s.authMode === "AADToken") {
    return [
      ...comment,
      "import requests",
      "from azure.identity import DefaultAzureCredential",
      "",
      uri,
      "credential = DefaultAzureCredential()",
      "# Ask before each call: the credential caches the token and renews it before it expires.",
      `token = credential.get_token(${quoted(ENTRA_SCORING_SCOPE)}).token`,
      ...pythonPost(s.input, headers("token")),
    ].join("\n");
  }
  return [
    ...comment,
    "import time",
    "",
    "import requests",
    "from azure.ai.ml import MLClient",
    "from azure.identity import DefaultAzureCredential",
    "",
    uri,
    `ml_client = MLClient(DefaultAzureCredential(), ${[s.subscriptionId, s.resourceGroup, s.workspace].map(quoted).join(", ")})`,
    "_token = None",
    "",
    "",
    "def endpoint_token():",
    '    """The cached AML token, or a new one once its refresh-after time (Unix seconds) has passed."""',
    "    global _token",
    "    if _token is None or time.time() >= _token.refresh_after_time_utc:",
    `        _token = ml_client.online_endpoints.get_keys(name=${quoted(s.endpoint)})`,
    "    return _token.access_token",
    "",
    "",
    ...pythonPost(s.input, headers("endpoint_token()")),
  ].join("\n");
}
