import { modeComment, PLACEHOLDERS, quoted, type SnippetInput } from "./snippets.ts";

/** Python with `requests`. */
export function pythonSnippet({ mode, scoringUri, tokenUrl, input }: SnippetInput): string {
  const head = [
    ...modeComment(mode).map((line) => `# ${line}`),
    ...(mode === "token" ? ["import time", ""] : []),
    "import requests",
    "",
    `SCORING_URI = ${quoted(scoringUri)}`,
  ];
  const data = `data = ${JSON.stringify(input)}`;
  if (mode === "none") {
    return [...head, data, "", "response = requests.post(SCORING_URI, json=data, timeout=30)", ...tail].join(
      "\n",
    );
  }
  if (mode === "key") {
    return [
      ...head,
      `KEY = ${quoted(PLACEHOLDERS.key)}`,
      data,
      "",
      "response = requests.post(",
      '    SCORING_URI, json=data, headers={"Authorization": f"Bearer {KEY}"}, timeout=30',
      ")",
      ...tail,
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
    data,
    "response = requests.post(",
    '    SCORING_URI, json=data, headers={"Authorization": f"Bearer {service_token()}"}, timeout=30',
    ")",
    ...tail,
  ].join("\n");
}

const tail = ["response.raise_for_status()", "print(response.json())", ""];
