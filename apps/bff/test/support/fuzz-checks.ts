import path from "node:path";
import { fileURLToPath } from "node:url";
import { PROBLEM_CONTENT_TYPE, ProblemSchema } from "@keyturn/auth-domain";

// What every answer to a fuzzed request must be: never a 5xx, an error always an RFC 9457 problem
// (auth-domain's ProblemSchema, its status and request id matching the response), and never a stack
// frame, a source path or a secret in it.

export interface SeenResponse {
  status: number;
  header: (name: string) => string | null | undefined;
  text: string;
  method: string;
}

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

/** A stack frame (`    at fn (file:1:2)`), a module path with a line number, or a checkout path. */
export function stackOrPath(text: string): string | null {
  const frame = /\n\s+at \S|\bat (?:async )?\S+ \(|[\w./-]+\.(?:ts|js|mjs|cjs):\d+:\d+/.exec(text);
  if (frame) return frame[0];
  if (text.includes(REPO_ROOT) || text.includes("node_modules")) return "a file path of the server";
  return null;
}

/** The problems of one answer, empty when it is right. */
export function answerProblems(response: SeenResponse): string[] {
  const problems: string[] = [];
  if (response.status >= 500) problems.push(`answered ${response.status}`);
  // A served script or stylesheet (the API docs' bundle) is code: it may well read "at x (".
  const code = /javascript|text\/css/.test(response.header("content-type") ?? "");
  const leaked = code ? null : stackOrPath(response.text);
  if (leaked) problems.push(`shows a stack trace or path: ${JSON.stringify(leaked)}`);
  if (response.status < 400) return problems;
  const type = response.header("content-type");
  if (type !== PROBLEM_CONTENT_TYPE) problems.push(`error with Content-Type ${type}`);
  if (response.method.toUpperCase() === "HEAD") return problems;
  let body: unknown;
  try {
    body = JSON.parse(response.text);
  } catch {
    problems.push(`error body is not JSON: ${JSON.stringify(response.text.slice(0, 120))}`);
    return problems;
  }
  const parsed = ProblemSchema.strict().safeParse(body);
  if (!parsed.success) {
    problems.push(`error body is not a problem: ${JSON.stringify(body).slice(0, 200)}`);
  } else {
    if (parsed.data.status !== response.status) problems.push(`problem status ${parsed.data.status}`);
    const requestId = response.header("x-request-id") ?? undefined;
    if (parsed.data.requestId !== requestId) problems.push("problem requestId differs from X-Request-Id");
  }
  return problems;
}

/** The secrets found in a text (each secret given once, at least 8 characters). */
export function leaksIn(text: string, secrets: Iterable<string>): string[] {
  const found: string[] = [];
  for (const secret of secrets) if (secret.length >= 8 && text.includes(secret)) found.push(secret);
  return found;
}

/** A short, printable secret name for a report (never the whole secret). */
export const secretHint = (secret: string) => `${secret.slice(0, 6)}…(${secret.length} chars)`;
