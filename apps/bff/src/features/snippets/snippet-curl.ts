import { modeComment, PLACEHOLDERS, type SnippetInput } from "./snippets.ts";

/** A POSIX shell single-quoted word: safe for any value. */
const sh = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;

/** cURL (POSIX shell; the token flow uses jq to read the answer). */
export function curlSnippet({ mode, scoringUri, tokenUrl, input }: SnippetInput): string {
  const comment = modeComment(mode).map((line) => `# ${line}`);
  const call = (authorization: string | null) => [
    `curl -sS -X POST ${sh(scoringUri)} \\`,
    "  -H 'Content-Type: application/json' \\",
    ...(authorization ? [`  -H ${authorization} \\`] : []),
    `  -d ${sh(JSON.stringify(input))}`,
    "",
  ];
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
