import { describe, expect, it } from "vitest";
import { operations } from "../support/openapi-operations.ts";
import { pgliteAndIssuer } from "../support/pglite-issuer.ts";
import { allowedPersona, permissionOf, urlFor } from "../support/request-samples.ts";
import { bearer, createTestApp } from "../support/test-app.ts";

// No cache keeps what the API answers: every /api answer but the public routes' is `no-store`, and so
// are the operations endpoints. Checked on every operation of the document, as the role × route matrix
// enumerates them, and on refusals.

const f = pgliteAndIssuer();

const buildApp = () => createTestApp({ ...f, env: { KEYTURN_RATE_LIMIT_BURST: "10000" } }).app;

describe("Cache-Control: no-store", () => {
  it("on every operation's answer to a caller it allows; public routes keep their own caching", async () => {
    const app = buildApp();
    const seen: string[] = [];
    for (const api of await operations(app)) {
      const who = allowedPersona(api);
      const ifMatch = api.op.parameters?.some(
        (p) => p.in === "header" && p.name.toLowerCase() === "if-match",
      );
      const response = await app.request(urlFor(api), {
        method: api.method,
        headers: {
          ...(who ? bearer(await f.issuer.tokenFor(who)) : {}),
          ...(api.op.requestBody ? { "Content-Type": "application/json" } : {}),
          ...(ifMatch ? { "If-Match": '"sample"' } : {}),
        },
        ...(api.op.requestBody ? { body: "{}" } : {}),
      });
      const label = `${api.method} ${api.path} as ${who ?? "anyone"} → ${response.status}`;
      const cacheControl = response.headers.get("cache-control");
      if (permissionOf(api) === "public") expect(cacheControl ?? "", label).not.toContain("no-store");
      else expect(cacheControl, label).toBe("no-store");
      seen.push(label);
    }
    expect(seen.length).toBeGreaterThan(30);
    // The sign-in settings are public and the same for everyone: cached for a few minutes.
    expect((await app.request("/api/config")).headers.get("cache-control")).toBe("public, max-age=300");
  });

  it("on /api/me, the posture policy (once no-cache) and the operations endpoints", async () => {
    const app = buildApp();
    const admin = bearer(await f.issuer.tokenFor("admin"));
    for (const path of [
      "/api/me",
      "/api/policies/posture",
      "/api/deployments",
      "/metrics",
      "/healthz",
      "/readyz",
    ]) {
      const response = await app.request(path, { headers: admin });
      expect(response.status, path).toBeLessThan(300);
      expect(response.headers.get("cache-control"), path).toBe("no-store");
    }
  });

  it("on refusals: no token, a denied role, an unknown /api path", async () => {
    const app = buildApp();
    const operator = bearer(await f.issuer.tokenFor("operator"));
    for (const [path, headers, status] of [
      ["/api/me", {}, 401],
      ["/api/audit/events", operator, 403],
      ["/api/no-such-route", operator, 404],
    ] as const) {
      const response = await app.request(path, { headers });
      expect(response.status, path).toBe(status);
      expect(response.headers.get("cache-control"), path).toBe("no-store");
    }
  });
});
