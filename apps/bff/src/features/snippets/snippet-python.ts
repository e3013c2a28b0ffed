import { pythonPost, quoted } from "./snippet-calls.ts";
import { modeComment, PLACEHOLDERS, type SnippetInput } from "./snippets.ts";

/** Python with `requests`. */
export function pythonSnippet({ mode, scoringUri, tokenUrl, input }: SnippetInput): string {
  const head = [
    ...modeComment(mode).map((line) => `# ${line}`),
    ...(mode === "token" ? ["import time", ""] : []),
    "import requests",
    "",
    `SCORING_URI = ${quoted(scoringUri)}`,
  ];
  if (mode === "none") return [...head, ...pythonPost(input, [])].join("\n");
  if (mode === "key") {
    return [
      ...head,
      `KEY = ${quoted(PLACEHOLDERS.key)}`,
      ...pythonPost(input, ['"Authorization": f"Bearer {KEY}"']),
    ].join("\n");
  }
  return [
    ...head,
    `TOKEN_URL = ${quoted(tokenUrl)}`,
    `MANAGEMENT_TOKEN = ${quoted(PLACEHOLDERS.managementToken)}`,
    "_token = {}",
    "",
    "",
    "def service_token():",
    '    """The cached token, or a new one once refreshAfter has passed."""',
    '    if not _token or time.time() >= _token["refreshAfter"]:',
    "        answer = requests.post(",
    '            TOKEN_URL, headers={"Authorization": f"Bearer {MANAGEMENT_TOKEN}"}, timeout=30',
    "        )",
    "        answer.raise_for_status()",
    "        _token.update(answer.json())",
    '    return _token["accessToken"]',
    "",
    "",
    ...pythonPost(input, ['"Authorization": f"Bearer {service_token()}"']),
  ].join("\n");
}
