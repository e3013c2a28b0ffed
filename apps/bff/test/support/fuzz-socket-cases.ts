import fc from "fast-check";
import { chunk, head, LAST_CHUNK } from "./fuzz-socket.ts";
import { hostileHeaderValue, RAW_SEGMENTS } from "./fuzz-values.ts";

// Requests only a socket can send, each on its own connection: framing a client gets wrong (chunked,
// Content-Length off either way, both at once), huge headers, raw paths fetch would normalise, and
// methods fetch refuses. `expect` is how many answers to wait for; `followUp` checks keep-alive.

export interface SocketCase {
  label: string;
  parts: string[];
  /** Answers that must all arrive (default 1). */
  expect?: number;
  endWrite?: boolean;
  /** After the first answer, a pipelined GET /healthz must be answered (unless the server said close). */
  followUp?: boolean;
  /** The server may hang up without answering (a client that stopped sending, a CONNECT tunnel). */
  mayHangUp?: boolean;
}

const HEALTHZ = head("GET", "/healthz");
const json = (auth: string, extra: Array<[string, string]>) => [
  ["Authorization", auth] as [string, string],
  ["Content-Type", "application/json"] as [string, string],
  ...extra,
];

export function socketCases(limit: number, admin: string, operator: string): SocketCase[] {
  const verify = (extra: Array<[string, string]>) => head("POST", "/api/audit/verify", json(admin, extra));
  const identify = (extra: Array<[string, string]>) =>
    head("POST", "/api/deployments/ws-prod-eastus/churn-predictor/keys/identify", json(operator, extra));
  const big = Array.from({ length: Math.ceil(limit / 16_384) + 1 }, () => chunk("x".repeat(16_384)));
  const chunked: [string, string] = ["Transfer-Encoding", "chunked"];
  return [
    {
      label: "a chunked body within the limit",
      parts: [verify([chunked]), chunk("{"), chunk("}"), LAST_CHUNK],
    },
    {
      label: "a chunked body past the limit, then a pipelined request",
      parts: [verify([chunked]), ...big, LAST_CHUNK, HEALTHZ],
      followUp: true,
    },
    {
      label: "a Content-Length past the limit, then the body and a pipelined request",
      parts: [verify([["Content-Length", String(limit + 10)]]), "x".repeat(limit + 10), HEALTHZ],
      followUp: true,
    },
    {
      label: "a Content-Length past the limit and no body",
      parts: [verify([["Content-Length", String(limit * 4)]])],
    },
    {
      label: "a Content-Length shorter than the body",
      parts: [`${identify([["Content-Length", "5"]])}{"key":"not-a-key-at-all"}`],
    },
    {
      label: "a Content-Length longer than the body, then the client stops sending",
      parts: [`${identify([["Content-Length", "100"]])}{}`],
      endWrite: true,
      mayHangUp: true,
    },
    {
      label: "Content-Length and Transfer-Encoding together",
      parts: [verify([["Content-Length", "2"], chunked]), "{}"],
    },
    {
      label: "two different Content-Length headers",
      parts: [
        verify([
          ["Content-Length", "2"],
          ["Content-Length", "3"],
        ]),
        "{} ",
      ],
    },
    { label: "a malformed chunk size", parts: [verify([chunked]), "zz\r\n{}\r\n", LAST_CHUNK] },
    { label: "headers over 16 KB", parts: [head("GET", "/api/me", [["X-Pad", "x".repeat(20_000)]])] },
    // The same refusals on a connection kept alive by an answered request: the client gets them too.
    {
      label: "headers over 16 KB on a kept-alive connection",
      parts: [HEALTHZ, head("GET", "/api/me", [["X-Pad", "x".repeat(20_000)]])],
      expect: 2,
    },
    {
      label: "an unknown method on a kept-alive connection",
      parts: [HEALTHZ, head("FOO", "/api/me")],
      expect: 2,
    },
    {
      label: "many headers",
      parts: [
        head(
          "GET",
          "/api/me",
          Array.from({ length: 3000 }, (_, i) => [`X-H${i}`, "1"]),
        ),
      ],
    },
    ...["TRACE", "CONNECT", "FOO", "get", "PROPFIND", "M-SEARCH"].map((method) => ({
      label: `the method ${method}`,
      parts: [
        head(method, method === "CONNECT" ? "127.0.0.1:443" : "/api/me", [["Authorization", operator]]),
      ],
      mayHangUp: method === "CONNECT",
    })),
    {
      label: "a WebSocket upgrade",
      parts: [
        head("GET", "/api/me", [
          ["Connection", "Upgrade"],
          ["Upgrade", "websocket"],
          ["Authorization", operator],
        ]),
      ],
    },
    {
      label: "a Host header that is no host",
      parts: [`GET /api/me HTTP/1.1\r\nHost: a b\r\nAuthorization: ${operator}\r\n\r\n`],
    },
    ...[
      "/api/../api/me",
      "/api/deployments/ws-prod-eastus/../churn-predictor/keys",
      "/api/deployments/ws-prod-eastus/%2e%2e/keys",
      "/api/deployments/ws-prod-eastus%2Fchurn-predictor/keys",
      "/api/deployments/ws-prod-eastus/churn-predictor%00/keys",
      "//api/me",
      "/api/me/",
      "/api/deployments?limit=1&limit=2&limit=%00",
      "http://evil.example/api/me",
      "*",
      "api/me",
      "/api\\me",
      "/api/deployments/\u00e9/x",
    ].map((target) => ({
      label: `the raw target ${target}`,
      parts: [head("GET", target, [["Authorization", operator]])],
    })),
    { label: "HTTP/1.0 without Host", parts: ["GET /api/me HTTP/1.0\r\n\r\n"] },
    { label: "a request line of garbage", parts: ["\u0000\u0001GARBAGE\r\n\r\n"] },
  ];
}

/** Request heads of hostile bytes: a method, a raw target and header lines as a broken client writes them. */
export const rawRequestArb = fc
  .record({
    method: fc.constantFrom("GET", "POST", "get", "G ET", "PATCH", "DELETE", "\u0000", ""),
    target: fc.oneof(
      fc.constantFrom(...RAW_SEGMENTS).map((s) => `/api/deployments/${s}/x`),
      fc.string({ unit: "binary-ascii", maxLength: 30 }).map((s) => `/api/${s}`),
    ),
    headers: fc.array(
      fc.tuple(
        fc.constantFrom("X-A", "Content-Length", "Host", "Transfer-Encoding", " X", "X:Y", ""),
        hostileHeaderValue,
      ),
      { maxLength: 3 },
    ),
    body: fc.string({ unit: "binary-ascii", maxLength: 20 }),
  })
  .map(({ method, target, headers, body }) => `${head(method, target, headers)}${body}`);
