import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { getRequestListener, type Http2Bindings, type HttpBindings, RequestError } from "@hono/node-server";
import { PROBLEM_CONTENT_TYPE } from "@keyturn/auth-domain";
import { problemBody } from "../errors/problem.ts";
import { answerClientErrors } from "./client-errors.ts";

type Bindings = HttpBindings | Http2Bindings;
type Fetch = (request: Request, env: Bindings) => Response | Promise<Response>;

export interface HttpServer {
  /** e.g. http://127.0.0.1:8080 (the port actually bound). */
  url: string;
  /** Serves the app from now on, the requests held so far too. */
  attach(fetch: Fetch): void;
  /** The start failed: held requests get a 500 problem. */
  fail(): void;
  close(): Promise<void>;
}

/**
 * Binds host:port before anything else starts, so a start that cannot listen (port taken) has
 * touched no file and no database. Until `attach`, /healthz answers (the process lives) and every
 * other request is held for the app.
 */
export async function listenHttp(options: { port: number; host: string }): Promise<HttpServer> {
  let current: Fetch | null = null;
  let settle: (fetch: Fetch | null) => void = () => {};
  const ready = new Promise<Fetch | null>((resolve) => {
    settle = resolve;
  });
  const held = async (request: Request, env: Bindings): Promise<Response> => {
    if (new URL(request.url).pathname === "/healthz") return Response.json({ status: "ok" }, NO_STORE);
    const app = await ready;
    return app ? app(request, env) : startFailed();
  };
  const fetch = (request: Request, env: Bindings) => (current ? current(request, env) : held(request, env));
  const server = createServer(
    getRequestListener(fetch as Parameters<typeof getRequestListener>[0], {
      hostname: options.host,
      errorHandler: unreadableRequest,
    }),
  );
  answerClientErrors(server);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}`,
    attach(fetch) {
      current = fetch;
      settle(fetch);
    },
    fail: () => settle(null),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const NO_STORE = { headers: { "Cache-Control": "no-store" } };

function startFailed(): Response {
  const body = problemBody({ status: 500, code: "internal_error", detail: "The server failed to start." });
  return new Response(JSON.stringify(body), {
    status: 500,
    headers: { "Content-Type": PROBLEM_CONTENT_TYPE, "Cache-Control": "no-store", Connection: "close" },
  });
}

/**
 * A request Node parsed but Hono cannot turn into a Request (a `*` or backslash target, a bad Host)
 * gets a problem+json 400 like every other refusal, not @hono/node-server's bare 400; anything else
 * thrown before the app answers is a 500 problem.
 */
function unreadableRequest(err: unknown): Response {
  const bad = err instanceof RequestError;
  const status = bad ? 400 : 500;
  const body = problemBody(
    bad
      ? { status, code: "validation_failed", detail: "The request target or Host header cannot be read." }
      : { status, code: "internal_error", detail: "The request could not be handled." },
  );
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": PROBLEM_CONTENT_TYPE, "Cache-Control": "no-store", Connection: "close" },
  });
}
