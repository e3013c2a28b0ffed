import { vi } from "vitest";

/** A JSON answer. */
export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });

/** An RFC 9457 problem answer with a Keyturn code. */
export const problem = (status: number, code: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type: "about:blank", title: code, status, code }), {
    status,
    headers: { "Content-Type": "application/problem+json", ...headers },
  });

export interface ApiCall {
  method: string;
  path: string;
  body: unknown;
}

type Handler = (call: ApiCall) => Response | Promise<Response>;

/**
 * Stubs `fetch` — the only boundary the tests fake — with handlers by `"METHOD /path"`; a handler may be
 * a list, answered in turn (the last one repeats). Unknown routes answer 404. Records every call.
 */
export function fakeApi(routes: Record<string, Handler | Handler[]>) {
  const calls: ApiCall[] = [];
  const served = new Map<string, number>();
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const method = init?.method ?? "GET";
    const path = new URL(String(input), "http://localhost").pathname;
    const body = typeof init?.body === "string" ? JSON.parse(init.body) : undefined;
    const call = { method, path, body };
    calls.push(call);
    const route = `${method} ${path}`;
    const handlers = routes[route];
    if (!handlers) return problem(404, "not_found");
    const list = Array.isArray(handlers) ? handlers : [handlers];
    const index = served.get(route) ?? 0;
    served.set(route, index + 1);
    const handler = list[Math.min(index, list.length - 1)] as Handler;
    return handler(call);
  });
  vi.stubGlobal("fetch", fetch);
  return {
    fetch,
    calls,
    /** The calls made to one route. */
    callsTo: (route: string) => calls.filter((call) => `${call.method} ${call.path}` === route),
  };
}
