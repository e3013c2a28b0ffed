// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the lines are TypeScript and shell source with interpolations of their own
// The scoring call in each language, shared by the v1 services' snippets and the v2 endpoints': a POST
// of the JSON input with the headers a snippet's auth mode (and chosen deployment) calls for.

/** A JSON string literal: valid in Python and TypeScript for any value. */
export const quoted = (value: string) => JSON.stringify(value);

/** A POSIX shell single-quoted word: safe for any value. */
export const sh = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;

/** cURL; each header is already a shell word (`"Authorization: Bearer $KEY"`, `sh("name: value")`). */
export function curlPost(scoringUri: string, input: unknown, headers: string[]): string[] {
  return [
    `curl -sS -X POST ${sh(scoringUri)} \\`,
    "  -H 'Content-Type: application/json' \\",
    ...headers.map((header) => `  -H ${header} \\`),
    `  -d ${sh(JSON.stringify(input))}`,
    "",
  ];
}

/** Python `requests` to `SCORING_URI`; each header is a dict entry (`"Authorization": f"Bearer {KEY}"`). */
export function pythonPost(input: unknown, headers: string[]): string[] {
  const send =
    headers.length === 0
      ? ["response = requests.post(SCORING_URI, json=data, timeout=30)"]
      : [
          `headers = {${headers.join(", ")}}`,
          "response = requests.post(SCORING_URI, json=data, headers=headers, timeout=30)",
        ];
  return [
    `data = ${JSON.stringify(input)}`,
    ...send,
    "response.raise_for_status()",
    "print(response.json())",
    "",
  ];
}

/** TypeScript `fetch` of `scoringUri`; each header is an object entry (``Authorization: `Bearer ${key}` ``). */
export function typescriptFetch(input: unknown, headers: string[]): string[] {
  return [
    `const input = ${JSON.stringify(input)};`,
    "",
    "const response = await fetch(scoringUri, {",
    '  method: "POST",',
    `  headers: { ${['"Content-Type": "application/json"', ...headers].join(", ")} },`,
    "  body: JSON.stringify(input),",
    "});",
    "if (!response.ok) throw new Error(`scoring failed: ${response.status}`);",
    "console.log(await response.json());",
    "",
  ];
}
