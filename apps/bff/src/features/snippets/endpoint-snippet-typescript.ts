// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the snippet is TypeScript source with template literals of its own
import { ENTRA_SCORING_SCOPE } from "@keyturn/auth-domain";
import {
  DEPLOYMENT_HEADER,
  ENDPOINT_ENV,
  type EndpointSnippetInput,
  endpointModeComment,
} from "./endpoint-snippet-parts.ts";
import { quoted, typescriptFetch } from "./snippet-calls.ts";

const IDENTITY_IMPORT = 'import { DefaultAzureCredential } from "@azure/identity";';

/** TypeScript (Node 18+) with `fetch`; @azure/identity for the Entra tokens the token modes need. */
export function endpointTypescriptSnippet(s: EndpointSnippetInput): string {
  const call = (bearer: string) =>
    typescriptFetch(s.input, [
      `Authorization: ${bearer}`,
      ...(s.deployment ? [`${quoted(DEPLOYMENT_HEADER)}: ${quoted(s.deployment)}`] : []),
    ]);
  const comment = endpointModeComment(s).map((line) => `// ${line}`);
  const uri = `const scoringUri = ${quoted(s.scoringUri)};`;
  if (s.authMode === "Key") {
    return [
      ...comment,
      uri,
      `const key = process.env.${ENDPOINT_ENV.key};`,
      `if (!key) throw new Error("Set ${ENDPOINT_ENV.key} to the endpoint's primary or secondary key.");`,
      ...call("`Bearer ${key}`"),
    ].join("\n");
  }
  if (s.authMode === "AADToken") {
    return [
      IDENTITY_IMPORT,
      "",
      ...comment,
      uri,
      "const credential = new DefaultAzureCredential();",
      "// Ask before each call: the credential caches the token and renews it before it expires.",
      `const { token } = await credential.getToken(${quoted(ENTRA_SCORING_SCOPE)});`,
      ...call("`Bearer ${token}`"),
    ].join("\n");
  }
  return [
    IDENTITY_IMPORT,
    "",
    ...comment,
    uri,
    `const tokenUrl = ${quoted(s.tokenUrl)};`,
    "const credential = new DefaultAzureCredential();",
    "",
    "type AmlToken = { accessToken: string; expiryTimeUtc: number; refreshAfterTimeUtc?: number };",
    "let cached: AmlToken | undefined;",
    "",
    "/** The cached AML token, or a new one once its refresh-after time (Unix seconds) has passed. */",
    "async function endpointToken(): Promise<string> {",
    "  if (!cached || Date.now() / 1000 >= (cached.refreshAfterTimeUtc ?? cached.expiryTimeUtc)) {",
    `    const management = await credential.getToken(${quoted(s.managementScope)});`,
    "    const answer = await fetch(tokenUrl, {",
    '      method: "POST",',
    "      headers: { Authorization: `Bearer ${management.token}` },",
    "    });",
    "    if (!answer.ok) throw new Error(`token call failed: ${answer.status}`);",
    "    cached = (await answer.json()) as AmlToken;",
    "  }",
    "  return cached.accessToken;",
    "}",
    "",
    ...call("`Bearer ${await endpointToken()}`"),
  ].join("\n");
}
