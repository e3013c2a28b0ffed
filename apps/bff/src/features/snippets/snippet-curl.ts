import { curlPost, sh } from "./snippet-calls.ts";
import { modeComment, PLACEHOLDERS, type SnippetInput } from "./snippets.ts";

/** cURL (POSIX shell; the token flow uses jq to read the answer). */
export function curlSnippet({ mode, scoringUri, tokenUrl, input }: SnippetInput): string {
  const comment = modeComment(mode).map((line) => `# ${line}`);
  const call = (authorization: string | null) =>
    curlPost(scoringUri, input, authorization ? [authorization] : []);
  if (mode === "none") return [...comment, ...call(null)].join("\n");
  if (mode === "key") {
    return [...comment, `KEY=${sh(PLACEHOLDERS.key)}`, ...call('"Authorization: Bearer $KEY"')].join("\n");
  }
  return [
    ...comment,
    `MANAGEMENT_TOKEN=${sh(PLACEHOLDERS.managementToken)}`,
    "",
    "# 1. A token from the workspace; its refreshAfter (Unix seconds) says when to get the next one.",
    `ANSWER=$(curl -sS -X POST ${sh(tokenUrl)} \\`,
    "  -H \"Authorization: Bearer $MANAGEMENT_TOKEN\" -H 'Content-Length: 0')",
    "TOKEN=$(printf '%s' \"$ANSWER\" | jq -r .accessToken)",
    "REFRESH_AFTER=$(printf '%s' \"$ANSWER\" | jq -r .refreshAfter)",
    "",
    '# 2. The call. Repeat step 1 once [ "$(date +%s)" -ge "$REFRESH_AFTER" ].',
    ...call('"Authorization: Bearer $TOKEN"'),
  ].join("\n");
}
