import { PROBLEM_CONTENT_TYPE, ProblemSchema } from "@keyturn/auth-domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTokenVerifier } from "../../src/auth/token-verifier.ts";
import { listenHttp } from "../../src/http/http-server.ts";
import { startBff } from "../../src/index.ts";
import { createLogger } from "../../src/logger.ts";
import { openPglite, type TestDatabase } from "../support/databases.ts";
import { type RawResponse, rawConnection } from "../support/raw-http.ts";
import { memoryLog, testConfig } from "../support/test-app.ts";
import { createTestIssuer, type TestIssuer } from "../support/test-issuer.ts";

// The HTTP edge on a real server on loopback: answers Node's parser gives, and connections kept alive.

const LIMIT = 200 * 1024;
let db: TestDatabase;
let issuer: TestIssuer;
let bff: Awaited<ReturnType<typeof startBff>>;

beforeAll(async () => {
  [db, issuer] = await Promise.all([openPglite(), createTestIssuer()]);
  const config = testConfig({
    KEYTURN_BFF_PORT: "0",
    KEYTURN_BFF_HOST: "127.0.0.1",
    KEYTURN_SEED_DEFAULT_CONNECTION: "false",
    KEYTURN_INVENTORY_SYNC_SECONDS: "0",
    KEYTURN_BODY_LIMIT_BYTES: String(LIMIT),
  });
  bff = await startBff(config, {
    database: db.database,
    verifier: createTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience, keys: issuer.keys }),
    logger: createLogger({ level: "silent", destination: memoryLog().stream }),
  });
});
afterAll(async () => {
  await bff?.close();
  await db?.close();
});

const head = (method: string, path: string, headers: Record<string, string | number> = {}) =>
  `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("")}\r\n`;

/** A problem+json answer with the status and code and, when given, that Connection header. */
function expectRawProblem(
  response: RawResponse,
  status: number,
  code: string,
  connection?: "close" | "keep-alive",
) {
  expect(response.status).toBe(status);
  expect(response.headers["content-type"]).toBe(PROBLEM_CONTENT_TYPE);
  expect(ProblemSchema.parse(JSON.parse(response.body)).code).toBe(code);
  if (connection) expect(response.headers.connection).toBe(connection);
}

describe("an answer that leaves the request body unread", () => {
  it("413 with a declared length says Connection: close, and the server closes", async () => {
    const conn = await rawConnection(bff.url);
    conn.write(head("POST", "/api/me", { "Content-Type": "application/json", "Content-Length": LIMIT + 1 }));
    conn.write("x".repeat(LIMIT + 1));
    const response = await conn.response();
    expectRawProblem(response, 413, "payload_too_large", "close");
    expect(await conn.closedWithin(5_000)).toBe(true);
  });

  it("413 on a chunked body says Connection: close", async () => {
    const conn = await rawConnection(bff.url);
    conn.write(
      head("POST", "/api/me", { "Content-Type": "application/json", "Transfer-Encoding": "chunked" }),
    );
    const chunk = "y".repeat(64 * 1024);
    for (let i = 0; i < 4; i++) conn.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    conn.write("0\r\n\r\n");
    const response = await conn.response();
    expectRawProblem(response, 413, "payload_too_large", "close");
    conn.destroy();
  });

  it("any refusal before the body is read closes too (401 on a large body)", async () => {
    const conn = await rawConnection(bff.url);
    const body = "z".repeat(LIMIT - 10);
    conn.write(
      head("POST", "/api/audit/verify", {
        "Content-Type": "application/json",
        "Content-Length": body.length,
      }),
    );
    conn.write(body);
    const response = await conn.response();
    expectRawProblem(response, 401, "unauthenticated", "close");
    conn.destroy();
  });

  it("a read body keeps the connection: the next request on it is answered", async () => {
    const conn = await rawConnection(bff.url);
    const body = JSON.stringify({ nope: true });
    const token = await issuer.tokenFor("admin");
    conn.write(
      head("PUT", "/api/policies/posture", {
        Authorization: `Bearer ${token}`,
        "Content-Type": "application/json",
        "Content-Length": body.length,
      }) + body,
    );
    const refused = await conn.response();
    expectRawProblem(refused, 400, "validation_failed", "keep-alive");
    conn.write(head("GET", "/healthz"));
    expect((await conn.response()).status).toBe(200);
    conn.destroy();
  });
});

describe("requests Node's parser refuses", () => {
  it("a 17 KB Authorization header is a problem+json 431 that closes the connection", async () => {
    const conn = await rawConnection(bff.url);
    conn.write(head("GET", "/api/me", { Authorization: `Bearer ${"a".repeat(17 * 1024)}` }));
    const response = await conn.response();
    expectRawProblem(response, 431, "headers_too_large", "close");
    expect(await conn.closedWithin(5_000)).toBe(true);
    // A real client reads the same answer.
    const viaFetch = await fetch(`${bff.url}/api/me`, {
      headers: { Authorization: `Bearer ${"b".repeat(17 * 1024)}` },
    });
    expect(viaFetch.status).toBe(431);
    expect(ProblemSchema.parse(await viaFetch.json()).code).toBe("headers_too_large");
  });

  it("malformed HTTP is a problem+json 400", async () => {
    const conn = await rawConnection(bff.url);
    conn.write("NOT HTTP AT ALL\r\n\r\n");
    expectRawProblem(await conn.response(), 400, "validation_failed");
    conn.destroy();
  });
});

describe("the server before the app is ready", () => {
  it("answers /healthz, holds other requests for the app, and answers 500 if the start fails", async () => {
    const server = await listenHttp({ port: 0, host: "127.0.0.1" });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const held = fetch(`${server.url}/api/anything`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    server.attach(() => new Response("the app", { status: 200 }));
    expect(await (await held).text()).toBe("the app");
    await server.close();

    const failing = await listenHttp({ port: 0, host: "127.0.0.1" });
    const waiting = fetch(`${failing.url}/api/anything`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    failing.fail();
    const answer = await waiting;
    expect(answer.status).toBe(500);
    expect(ProblemSchema.parse(await answer.json()).code).toBe("internal_error");
    await failing.close();
  });
});
