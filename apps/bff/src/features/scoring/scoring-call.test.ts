import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "../../errors/api-error.ts";
import { callScoringUri, SHOWN_BODY_CHARS } from "./scoring-call.ts";

// The BFF's own HTTP call to a scoring URI, against a local server that misbehaves on purpose.

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const auth = req.headers.authorization ?? "";
    if (req.url === "/echo") {
      res.writeHead(401, {
        "content-type": "text/plain",
        "www-authenticate": `Bearer got="${auth}"`,
        "set-cookie": "s=1",
      });
      res.end(`you sent ${auth}`);
    } else if (req.url === "/slow") {
      setTimeout(() => res.end("late"), 2000);
    } else if (req.url === "/redirect") {
      res.writeHead(307, { location: "http://example.invalid/steal" });
      res.end();
    } else {
      res.writeHead(200, {
        "content-type": "application/json",
        "x-ms-request-id": "r-1",
        "x-internal": "no",
      });
      res.end(JSON.stringify({ big: "y".repeat(10_000) }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("callScoringUri", () => {
  it("never returns the credential, even when the service echoes it in headers and body", async () => {
    const secret = "s3cr3t-key-value-0123456789abcdef";
    const answer = await callScoringUri({ scoringUri: `${base}/echo`, credential: secret, body: {} });
    expect(answer.status).toBe(401);
    expect(JSON.stringify(answer)).not.toContain(secret);
    expect(answer.body).toBe("you sent Bearer [redacted]");
    expect(answer.headers["www-authenticate"]).toContain("[redacted]");
    expect(answer.headers["set-cookie"]).toBeUndefined();
  });

  it("keeps selected headers only and truncates the body to 4 KB", async () => {
    const answer = await callScoringUri({ scoringUri: `${base}/big`, credential: undefined, body: {} });
    expect(answer.headers).toMatchObject({ "content-type": "application/json", "x-ms-request-id": "r-1" });
    expect(answer.headers["x-internal"]).toBeUndefined();
    expect(answer.body).toHaveLength(SHOWN_BODY_CHARS);
    expect(answer.truncated).toBe(true);
  });

  it("does not follow redirects (a redirect could carry the credential elsewhere)", async () => {
    const answer = await callScoringUri({
      scoringUri: `${base}/redirect`,
      credential: "k".repeat(20),
      body: {},
    });
    expect(answer.status).toBe(307);
  });

  it("is bounded: 504 provider_timeout when the service is too slow; 502 when unreachable or not HTTP", async () => {
    const slow = callScoringUri({
      scoringUri: `${base}/slow`,
      credential: undefined,
      body: {},
      timeoutMs: 100,
    });
    await expect(slow).rejects.toMatchObject({ status: 504, code: "provider_timeout" });
    const closed = callScoringUri({
      scoringUri: "http://127.0.0.1:1/score",
      credential: undefined,
      body: {},
    });
    await expect(closed).rejects.toMatchObject({ status: 502, code: "provider_unavailable" });
    const file = callScoringUri({ scoringUri: "file:///etc/passwd", credential: undefined, body: {} });
    await expect(file).rejects.toBeInstanceOf(ApiError);
  });
});
