import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite, type TestDatabase } from "../support/databases.ts";
import { expectProblem } from "../support/problem.ts";
import { bearer, createTestApp } from "../support/test-app.ts";
import { createTestIssuer, type TestIssuer } from "../support/test-issuer.ts";
import { createExampleRouter, createFaultRouter } from "../support/test-routes.ts";

let db: TestDatabase;
let issuer: TestIssuer;
let token: string;

beforeAll(async () => {
  [db, issuer] = await Promise.all([openPglite(), createTestIssuer()]);
  token = await issuer.tokenFor("operator");
});
afterAll(() => db.close());

function setup(env: Record<string, string> = {}) {
  const t = createTestApp({ db, issuer, env: { KEYTURN_REQUEST_TIMEOUT_MS: "200", ...env } });
  const app = t.app.route("/api", createExampleRouter()).route("/api", createFaultRouter());
  return { ...t, app };
}

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: "POST",
  headers: { "Content-Type": "application/json", ...bearer(token), ...headers },
  body: JSON.stringify(body),
});

describe("request id", () => {
  it("echoes a safe incoming X-Request-Id and replaces an unsafe one", async () => {
    const { app } = setup();
    const kept = await app.request("/healthz", { headers: { "X-Request-Id": "abc-123_x=" } });
    expect(kept.headers.get("x-request-id")).toBe("abc-123_x=");
    const replaced = await app.request("/healthz", { headers: { "X-Request-Id": 'bad id "<script>' } });
    expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const generated = await app.request("/healthz");
    expect(generated.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("security headers", () => {
  it("send a strict CSP with Trusted Types, no framing, nosniff, no referrer; no HSTS outside production", async () => {
    const response = await setup().app.request("/api/me", { headers: bearer(token) });
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  it("send HSTS in production, also on errors", async () => {
    const { app } = setup({ KEYTURN_MODE: "production" });
    const response = await app.request("/api/me");
    expect(response.status).toBe(401);
    expect(response.headers.get("strict-transport-security")).toContain("max-age=");
  });
});

describe("CORS", () => {
  it("is closed by default", async () => {
    const response = await setup().app.request("/api/me", {
      headers: { Origin: "https://evil.example", ...bearer(token) },
    });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("allows only the configured origins", async () => {
    const { app } = setup({ KEYTURN_CORS_ORIGINS: "https://console.example" });
    const ok = await app.request("/api/me", {
      headers: { Origin: "https://console.example", ...bearer(token) },
    });
    expect(ok.headers.get("access-control-allow-origin")).toBe("https://console.example");
    const other = await app.request("/api/me", {
      headers: { Origin: "https://evil.example", ...bearer(token) },
    });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("errors as problem+json", () => {
  it("404 for unknown routes (after authentication under /api)", async () => {
    const { app } = setup();
    await expectProblem(await app.request("/api/nope", { headers: bearer(token) }), 404, "not_found");
    await expectProblem(await app.request("/api/nope"), 401, "unauthenticated");
    await expectProblem(await app.request("/nope"), 404, "not_found");
  });

  it("400 validation_failed with field errors; unknown fields are rejected", async () => {
    const { app } = setup();
    const unknown = await expectProblem(
      await app.request("/api/test/echo", json({ name: "a", admin: true })),
      400,
      "validation_failed",
    );
    expect(unknown.errors).toEqual([{ path: "body", message: expect.stringContaining("admin") }]);
    const wrongType = await expectProblem(
      await app.request("/api/test/echo", json({ name: 5 })),
      400,
      "validation_failed",
    );
    expect(wrongType.errors?.[0]?.path).toBe("body.name");
    const ok = await app.request("/api/test/echo", json({ name: "a" }));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ name: "a" });
  });

  it("400 for malformed JSON, 415 for another media type", async () => {
    const { app } = setup();
    const malformed = await app.request("/api/test/echo", { ...json({}), body: "{not json" });
    await expectProblem(malformed, 400, "validation_failed");
    const text = await app.request("/api/test/echo", {
      method: "POST",
      headers: { "Content-Type": "text/plain", ...bearer(token) },
      body: "x",
    });
    await expectProblem(text, 415, "unsupported_media_type");
  });

  it("413 payload_too_large above the body limit", async () => {
    const { app } = setup({ KEYTURN_BODY_LIMIT_BYTES: "1024" });
    const response = await app.request("/api/test/echo", json({ name: "x".repeat(2000) }));
    await expectProblem(response, 413, "payload_too_large");
  });

  it("429 rate_limited with Retry-After past the burst, per user", async () => {
    const { app } = setup({ KEYTURN_RATE_LIMIT_BURST: "2", KEYTURN_RATE_LIMIT_PER_MINUTE: "1" });
    expect((await app.request("/api/me", { headers: bearer(token) })).status).toBe(200);
    expect((await app.request("/api/me", { headers: bearer(token) })).status).toBe(200);
    const limited = await app.request("/api/me", { headers: bearer(token) });
    await expectProblem(limited, 429, "rate_limited");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    const other = await app.request("/api/me", { headers: bearer(await issuer.tokenFor("admin")) });
    expect(other.status).toBe(200);
  });

  it("504 when a request exceeds the timeout", async () => {
    const { app } = setup();
    await expectProblem(
      await app.request("/api/test/slow", { headers: bearer(token) }),
      504,
      "provider_timeout",
    );
  });

  it("500 internal_error without the internal message; the cause is logged", async () => {
    const { app, log } = setup();
    const response = await app.request("/api/test/boom", { headers: bearer(token) });
    const problem = await expectProblem(response, 500, "internal_error");
    expect(JSON.stringify(problem)).not.toContain("hunter2");
    expect(log.lines.some((line) => line.msg === "request failed")).toBe(true);
  });
});

describe("request log", () => {
  it("writes one JSON line per request with the route, status and caller, never the token", async () => {
    const { app, log } = setup();
    const response = await app.request("/api/me?code=should-not-be-logged", {
      headers: { ...bearer(token), "X-Request-Id": "log-test-1", "User-Agent": "ua" },
    });
    expect(response.status).toBe(200);
    const injected = await app.request('/api/me%0d%0a{"level":60,"msg":"forged"}', {
      headers: bearer(token),
    });
    expect(injected.status).toBe(404);
    const lines = log.lines.filter((line) => line.msg === "request");
    expect(lines).toHaveLength(2);
    expect(log.lines.some((line) => line.msg === "forged")).toBe(false);
    expect(lines[0]).toMatchObject({
      requestId: "log-test-1",
      method: "GET",
      path: "/api/me",
      route: "/api/me",
      status: 200,
    });
    const text = log.raw.join("\n");
    expect(text).not.toContain(token);
    expect(text).not.toContain("should-not-be-logged");
    expect(log.raw.every((line) => !line.includes("\n"))).toBe(true);
  });
});

describe("metrics", () => {
  it("counts requests by route pattern and status", async () => {
    const { app } = setup();
    await app.request("/api/me", { headers: bearer(token) });
    await app.request("/api/unknown/123", { headers: bearer(token) });
    await app.request("/api/me");
    const text = await (await app.request("/metrics")).text();
    expect(text).toMatch(/keyturn_http_requests_total\{method="GET",route="\/api\/me",status="401"\} 1/);
    expect(text).toMatch(/keyturn_http_requests_total\{method="GET",route="\/api\/me",status="200"\} 1/);
    expect(text).toMatch(/keyturn_http_requests_total\{method="GET",route="other",status="404"\} 1/);
    expect(text).toContain("keyturn_http_request_duration_seconds_bucket");
  });
});
