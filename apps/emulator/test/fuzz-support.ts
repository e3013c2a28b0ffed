import net from "node:net";
import fc from "fast-check";
import { readErrorBody } from "./support/clients.ts";

// The rule every answer of the emulator keeps under fuzzing: no 5xx (but a deliberate fault), errors
// in Azure's shape, no stack trace or source path; how a failure is reported; a raw-socket request.

/**
 * The problems of one answer: a 5xx not allowed here, an error not in Azure's shape, a stack or path.
 * With the request's `path`, the shape is the one Azure answers there (model management's on its
 * routes, ARM's elsewhere); without (a request no parser could read), either.
 */
export function answerProblems(
  status: number,
  contentType: string | null,
  text: string,
  options: { allowed?: number[]; head?: boolean; path?: string } = {},
) {
  const { allowed = [], head = false, path } = options;
  const problems: string[] = [];
  if (status >= 500 && !allowed.includes(status)) problems.push(`answered ${status}`);
  if (/\n\s+at \S|\bat (?:async )?\S+ \(|[\w./-]+\.(?:ts|js|mjs):\d+:\d+|node_modules/.test(text))
    problems.push("shows a stack trace or a source path");
  if (status < 400) return problems;
  if (!contentType?.startsWith("application/json")) problems.push(`error with Content-Type ${contentType}`);
  if (head) return problems;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return [...problems, `error body is not JSON: ${JSON.stringify(text.slice(0, 100))}`];
  }
  const read = (at: string) => readErrorBody(at, status, body);
  let error = read(path ?? "/");
  if (path === undefined && "problem" in error) error = read("/modelmanagement/");
  if ("problem" in error) problems.push(error.problem);
  else if (error.message === "") problems.push("error without a message");
  return problems;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** What failed, the shrunk request, and fast-check's seed and path to replay it. */
export function failureReport<T>(label: string, details: fc.RunDetails<T>): string {
  const error = details.errorInstance;
  const message = error instanceof Error ? error.message : String(error);
  return (
    `${label}: ${clip(message, 600)}\n    counterexample: ${clip(fc.stringify(details.counterexample), 800)}` +
    `\n    fast-check: { seed: ${details.seed}, path: "${details.counterexamplePath}" }`
  );
}

/** The first answer in `received`, once complete (Content-Length or chunked), else null. */
function firstAnswer(received: string, closed: boolean) {
  const end = received.indexOf("\r\n\r\n");
  if (end < 0) return null;
  const head = received.slice(0, end);
  let body = received.slice(end + 4);
  let used = received.length;
  const length = /^content-length:\s*(\d+)$/im.exec(head)?.[1];
  if (/^transfer-encoding:\s*chunked/im.test(head)) {
    if (!body.includes("0\r\n\r\n") && !closed) return null;
    used = end + 4 + body.indexOf("0\r\n\r\n") + 5;
    let decoded = "";
    for (let at = 0; ; ) {
      const size = Number.parseInt(body.slice(at, body.indexOf("\r\n", at)), 16);
      if (!(size > 0)) break;
      const start = body.indexOf("\r\n", at) + 2;
      decoded += body.slice(start, start + size);
      at = start + size + 2;
    }
    body = decoded;
  } else if (length !== undefined) {
    if (Buffer.byteLength(body) < Number(length) && !closed) return null;
    body = Buffer.from(body).subarray(0, Number(length)).toString("utf8");
    used = end + 4 + body.length;
  } else if (!closed) return null;
  const type = /^content-type:\s*(.+)$/im.exec(head)?.[1]?.trim() ?? null;
  return { status: Number(head.split(" ")[1]), contentType: type, body, used };
}

/** The answer after `skip` complete ones (pipelined requests on one connection), or null. */
function nthAnswer(received: string, closed: boolean, skip: number) {
  let rest = received;
  for (let i = 0; i < skip; i++) {
    const answer = firstAnswer(rest, false);
    if (!answer) return null;
    rest = rest.slice(answer.used);
  }
  return firstAnswer(rest, closed);
}

/**
 * Requests written by hand on one connection (what fetch never sends), and the answer after `skip`
 * others: status, Content-Type and body; null when none came within `timeoutMs`.
 */
export function rawAnswer(port: number, parts: string[], skip = 0, timeoutMs = 3_000) {
  return new Promise<ReturnType<typeof firstAnswer>>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    let received = "";
    const done = (closed: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(nthAnswer(received, closed, skip));
    };
    const timer = setTimeout(() => done(true), timeoutMs);
    socket.on("data", (chunk) => {
      received += chunk.toString("utf8");
      if (nthAnswer(received, false, skip)) done(false);
    });
    socket.on("close", () => done(true));
    socket.on("error", () => done(true));
    socket.on("connect", () => {
      for (const part of parts) if (!socket.destroyed) socket.write(part);
    });
  });
}
