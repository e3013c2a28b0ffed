// Test support only (not exported): a real HTTP server on loopback that plays scripted answers.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, expect } from "vitest";
import { AzureMlError } from "./errors.ts";

export interface ScriptedAnswer {
  status?: number;
  headers?: Record<string, string>;
  /** Sent as JSON; `raw` wins when both are given. */
  body?: unknown;
  raw?: string;
  /** Wait before answering (to provoke client timeouts). */
  delayMs?: number;
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface ScriptedServer {
  url: string;
  requests: RecordedRequest[];
  /** Answers for `METHOD path?query`, played in order; the last one repeats. */
  on(method: string, path: string, ...answers: ScriptedAnswer[]): void;
  hits(method: string, path: string): RecordedRequest[];
  close(): Promise<void>;
}

export async function startScriptedServer(): Promise<ScriptedServer> {
  const script = new Map<string, ScriptedAnswer[]>();
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const method = req.method ?? "GET";
      const url = req.url ?? "/";
      requests.push({ method, url, headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      const queue = script.get(`${method} ${url}`) ?? [];
      const answer = (queue.length > 1 ? queue.shift() : queue[0]) ?? {
        status: 404,
        body: { error: { code: "NoScript", message: `${method} ${url}` } },
      };
      const send = () => {
        if (res.destroyed) return;
        const raw = answer.raw ?? (answer.body === undefined ? "" : JSON.stringify(answer.body));
        const type = answer.raw === undefined ? { "content-type": "application/json" } : {};
        res.writeHead(answer.status ?? 200, { ...type, ...answer.headers });
        res.end(raw);
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    on: (method, path, ...answers) => void script.set(`${method} ${path}`, answers),
    hits: (method, path) => requests.filter((r) => r.method === method && r.url === path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const REF = { subscriptionId: "sub-1", resourceGroup: "rg-ml", workspace: "ws-east" };

/** A valid v1 service object, as the wire schema wants it. */
export function serviceFixture(
  name: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    name,
    computeType: "AKS",
    state: "Healthy",
    scoringUri: `http://cluster.example/api/v1/service/${name}/score`,
    authEnabled: true,
    aadAuthEnabled: false,
    createdTime: "2025-01-01T00:00:00Z",
    updatedTime: "2025-01-02T00:00:00Z",
    ...overrides,
  };
}

/** A scripted server started before each test of the file and closed after it: call the getter in a test. */
export function scriptedServerPerTest(): () => ScriptedServer {
  let current: ScriptedServer | undefined;
  beforeEach(async () => {
    current = await startScriptedServer();
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error("the scripted server runs only during a test");
    return current;
  };
}

/** The AzureMlError a call fails with (the test fails if it succeeds or throws anything else). */
export async function caught(promise: Promise<unknown>): Promise<AzureMlError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AzureMlError);
  return error as AzureMlError;
}
