import { describe, expect, it } from "vitest";
import { pgliteAndIssuer } from "../support/pglite-issuer.ts";
import { expectProblem } from "../support/problem.ts";
import { bearer, createTestApp } from "../support/test-app.ts";

// Invalid tokens are limited per client address (behind one trusted proxy here, so the address is the
// X-Forwarded-For entry the proxy added): 401 until the budget is spent, then 429 with Retry-After.

const f = pgliteAndIssuer();

const BURST = 5;
const env = {
  KEYTURN_TRUSTED_PROXY_HOPS: "1",
  KEYTURN_AUTH_FAILURES_BURST: String(BURST),
  KEYTURN_AUTH_FAILURES_PER_MINUTE: "1",
};
const from = (address: string, headers: Record<string, string> = {}) => ({
  headers: { ...headers, "X-Forwarded-For": `10.9.9.9, ${address}` },
});
const forged = async () => `${(await f.issuer.tokenFor("admin")).slice(0, -8)}AAAAAAAA`;

describe("failed authentication is rate-limited per client address", () => {
  it("N invalid tokens → 401 each, then 429 with Retry-After; another address is unaffected", async () => {
    const { app } = createTestApp({ ...f, env });
    const attacker = "203.0.113.7";
    for (let i = 0; i < BURST; i++) {
      await expectProblem(
        await app.request("/api/me", from(attacker, bearer(await forged()))),
        401,
        "unauthenticated",
      );
    }
    const limited = await app.request("/api/me", from(attacker, bearer(await forged())));
    const problem = await expectProblem(limited, 429, "rate_limited");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(problem.detail).toMatch(/invalid access token/);
    // A malformed header from there is refused the same way.
    await expectProblem(
      await app.request("/api/me", from(attacker, { Authorization: "Basic x" })),
      429,
      "rate_limited",
    );

    // Someone else, elsewhere: their failures and successes are their own.
    const other = "198.51.100.9";
    await expectProblem(
      await app.request("/api/me", from(other, bearer(await forged()))),
      401,
      "unauthenticated",
    );
    expect(
      (await app.request("/api/me", from(other, bearer(await f.issuer.tokenFor("operator"))))).status,
    ).toBe(200);
  });

  it("from a limited address, a token this replica already verified still works; a new one waits", async () => {
    const { app } = createTestApp({ ...f, env });
    const office = "192.0.2.50";
    const signedIn = await f.issuer.tokenFor("operator");
    expect((await app.request("/api/me", from(office, bearer(signedIn)))).status).toBe(200);
    for (let i = 0; i < BURST; i++) await app.request("/api/me", from(office, bearer(await forged())));
    expect((await app.request("/api/me", from(office, bearer(signedIn)))).status).toBe(200);
    const fresh = await f.issuer.tokenFor("lead", { jti: "not-seen-before" });
    await expectProblem(await app.request("/api/me", from(office, bearer(fresh))), 429, "rate_limited");
  });

  it("neither a missing token nor an unreachable identity provider spends the budget", async () => {
    // No issuer keys: every verification is `unavailable` (503), which says nothing about the caller.
    const { app } = createTestApp({ db: f.db, env });
    const token = await f.issuer.tokenFor("operator");
    for (let i = 0; i < BURST * 3; i++) {
      expect((await app.request("/api/me", from("203.0.113.8", bearer(token)))).status).toBe(503);
      expect((await app.request("/api/me", from("203.0.113.8"))).status).toBe(401);
    }
  });
});
