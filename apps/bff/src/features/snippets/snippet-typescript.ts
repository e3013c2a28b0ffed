// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the snippet is TypeScript source with template literals of its own
import { quoted, typescriptFetch } from "./snippet-calls.ts";
import { modeComment, PLACEHOLDERS, type SnippetInput } from "./snippets.ts";

/** TypeScript with the platform's `fetch` (Node 18+, browsers, Deno, Bun). */
export function typescriptSnippet({ mode, scoringUri, tokenUrl, input }: SnippetInput): string {
  const comment = modeComment(mode).map((line) => `// ${line}`);
  const head = [...comment, `const scoringUri = ${quoted(scoringUri)};`];
  const call = (authorization: string | null) =>
    typescriptFetch(input, authorization ? [`Authorization: ${authorization}`] : []);
  if (mode === "none") return [...head, ...call(null)].join("\n");
  if (mode === "key") {
    return [...head, `const key = ${quoted(PLACEHOLDERS.key)};`, ...call("`Bearer ${key}`")].join("\n");
  }
  return [
    ...head,
    `const tokenUrl = ${quoted(tokenUrl)};`,
    `const managementToken = ${quoted(PLACEHOLDERS.managementToken)};`,
    "",
    "type WorkspaceToken = { accessToken: string; tokenType: string; refreshAfter: number; expiryOn: number };",
    "let cached: WorkspaceToken | undefined;",
    "",
    "/** The cached token, or a new one once refreshAfter (Unix seconds) has passed. */",
    "async function serviceToken(): Promise<string> {",
    "  if (!cached || Date.now() / 1000 >= cached.refreshAfter) {",
    "    const answer = await fetch(tokenUrl, {",
    '      method: "POST",',
    "      headers: { Authorization: `Bearer ${managementToken}` },",
    "    });",
    "    if (!answer.ok) throw new Error(`token call failed: ${answer.status}`);",
    "    cached = (await answer.json()) as WorkspaceToken;",
    "  }",
    "  return cached.accessToken;",
    "}",
    "",
    ...call("`Bearer ${await serviceToken()}`"),
  ].join("\n");
}
