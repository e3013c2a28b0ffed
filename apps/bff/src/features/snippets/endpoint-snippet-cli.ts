import { azMl, type EndpointSnippetInput, endpointModeComment } from "./endpoint-snippet-parts.ts";
import { sh } from "./snippet-calls.ts";

/** What `get-credentials` prints in each mode (an Entra token comes from the signed-in identity). */
const CREDENTIALS: Record<EndpointSnippetInput["authMode"], string[]> = {
  Key: [
    "# The keys (primaryKey, secondaryKey), for a client of your own. They print in clear:",
    "# keep them out of logs and shell history.",
  ],
  AMLToken: [
    "# An AML token (accessToken, expiryTimeUtc, refreshAfterTimeUtc), for a client of your own.",
    "# It prints in clear: keep it out of logs and shell history.",
  ],
  AADToken: [],
};

/** The Azure CLI's ml extension: invoke (it gets the credential itself), then get-credentials. */
export function cliSnippet(s: EndpointSnippetInput): string {
  const credentials = CREDENTIALS[s.authMode];
  return [
    ...endpointModeComment(s).map((line) => `# ${line}`),
    "# Azure CLI with the ml extension (az extension add --name ml), signed in with az login.",
    "cat > request.json <<'JSON'",
    JSON.stringify(s.input),
    "JSON",
    "",
    `${azMl("invoke", s)} \\`,
    ...(s.deployment ? [`  --deployment-name ${sh(s.deployment)} \\`] : []),
    "  --request-file request.json",
    ...(credentials.length > 0 ? ["", ...credentials, azMl("get-credentials", s)] : []),
    "",
  ].join("\n");
}
