import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { AuthedEnv } from "../app-env.ts";
import { onError } from "../errors/on-error.ts";
import { createLogger } from "../logger.ts";
import { requireRecentSignIn } from "./authorize.ts";
import type { Identity } from "./identity.ts";

const NOW = 1_800_000_000;

/** The step-up guard alone, behind whatever set the identity (the verifier refuses these tokens too). */
function guarded(authTime: number | null) {
  const identity: Identity = {
    oid: "o",
    tid: null,
    sub: "s",
    name: "n",
    username: "u",
    roles: ["Operator"],
    authTime,
    scopes: [],
    expiresAt: NOW + 600,
  };
  const app = new Hono<AuthedEnv>()
    .use(async (c, next) => {
      c.set("identity", identity);
      await next();
    })
    .get("/", requireRecentSignIn({ maxAgeSeconds: 600, nowSeconds: () => NOW }), (c) => c.text("ok"));
  app.onError(onError(createLogger({ level: "silent" })));
  return app;
}

describe("requireRecentSignIn", () => {
  it.each([
    ["a day in the future", 401, NOW + 86_400],
    ["beyond the 30 s tolerance", 401, NOW + 31],
    ["within the tolerance", 200, NOW + 30],
    ["just now", 200, NOW],
    ["at the maximum age", 200, NOW - 600],
    ["older than the maximum age", 401, NOW - 601],
    ["never (no auth_time)", 401, null],
  ])("a sign-in %s → %i", async (_label, status, authTime) => {
    const response = await guarded(authTime).request("/");
    expect(response.status).toBe(status);
    if (status === 401) {
      expect(((await response.json()) as { code: string }).code).toBe("insufficient_user_authentication");
    }
  });
});
