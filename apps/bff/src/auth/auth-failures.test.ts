import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { onError } from "../errors/on-error.ts";
import { createLogger } from "../logger.ts";
import { AuthFailureLimit } from "./auth-failures.ts";

/** A route that fails authentication on `?fail`, behind one trusted proxy. */
function limitedApp(limit: AuthFailureLimit) {
  const app = new Hono().get("/", (c) => {
    const refusal = limit.refusal(c);
    if (refusal) throw refusal;
    if (c.req.query("fail") !== undefined) limit.record(c);
    return c.text("ok");
  });
  app.onError(onError(createLogger({ level: "silent" })));
  return app;
}
const from = (address: string) => ({ headers: { "X-Forwarded-For": address } });

describe("AuthFailureLimit", () => {
  it("refills: a limited address may try again after Retry-After", async () => {
    let now = 0;
    const limit = new AuthFailureLimit({ perMinute: 6, burst: 2, trustedProxyHops: 1, nowMs: () => now });
    const app = limitedApp(limit);
    await app.request("/?fail", from("203.0.113.1"));
    await app.request("/?fail", from("203.0.113.1"));
    const limited = await app.request("/", from("203.0.113.1"));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("10");
    now = 10_000;
    expect((await app.request("/", from("203.0.113.1"))).status).toBe(200);
  });

  it("remembers a bounded number of addresses, and only those that failed", async () => {
    const limit = new AuthFailureLimit({ perMinute: 1, burst: 3, trustedProxyHops: 1, maxAddresses: 100 });
    const app = limitedApp(limit);
    for (let i = 0; i < 50; i++) await app.request("/", from(`198.51.100.${i}`));
    expect(limit.size).toBe(0);
    for (let i = 0; i < 1000; i++) await app.request("/?fail", from(`2001:db8::${i.toString(16)}`));
    expect(limit.size).toBeLessThanOrEqual(100);
  });
});
