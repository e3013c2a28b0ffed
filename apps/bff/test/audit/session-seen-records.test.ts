import { z } from "@hono/zod-openapi";
import { asc, eq, sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, fromPool } from "../../src/db/client.ts";
import { auditEvents, auditSessionsSeen } from "../../src/db/schema.ts";
import { verifyChain } from "../../src/features/audit/audit-chain.ts";
import { createRouter } from "../../src/routing/create-router.ts";
import { defineRoute } from "../../src/routing/define-route.ts";
import { auditDown, auditUp } from "../support/audit-faults.ts";
import { auditRows } from "../support/audit-fixtures.ts";
import { DB_KINDS, openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { expectProblem } from "../support/problem.ts";
import { bearer, createTestApp } from "../support/test-app.ts";
import { createTestIssuer, persona, type TestIssuer } from "../support/test-issuer.ts";

// Security property 17 for sign-ins: each sign-in the BFF sees (oid, auth_time) is written to the audit
// log exactly once as `session.seen` — across requests, replicas and audit outages (fail closed, 18).

const counted = defineRoute({
  method: "get",
  path: "/test/counted",
  permission: "authenticated",
  responses: {
    200: { description: "ok", content: { "application/json": { schema: z.object({ runs: z.number() }) } } },
  },
});

describe.each(DB_KINDS)("session.seen on %s", (kind) => {
  let t: TestDatabase;
  let second: Database;
  let issuer: TestIssuer;
  let clock = new Date();
  const runs = { count: 0 };
  // A distinct sign-in per test (whole seconds, in the past).
  let nextAuthTime = Math.floor(Date.now() / 1000) - 3600;
  const newSignIn = () => (nextAuthTime += 10);

  /** A replica: its own app and in-memory state, on the test database or another pool to it. */
  function replica(database: Database = t.database) {
    const { app } = createTestApp({ db: { ...t, database }, issuer, now: () => clock });
    return app.route(
      "/api",
      createRouter().openapi(counted, (c) => c.json({ runs: ++runs.count }, 200)),
    );
  }
  type Replica = ReturnType<typeof replica>;

  const call = async (app: Replica, claims: Record<string, unknown>, requestId = "req-1") =>
    app.request("/api/test/counted", {
      headers: {
        ...bearer(await issuer.tokenFor("operator", claims)),
        "X-Request-Id": requestId,
        "User-Agent": "vitest",
      },
    });
  const seen = () =>
    t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "session.seen"))
      .orderBy(asc(auditEvents.seq));
  const marks = (signIn?: string) =>
    t.database.db
      .select()
      .from(auditSessionsSeen)
      .where(signIn ? eq(auditSessionsSeen.signIn, signIn) : sql`true`);

  beforeAll(async () => {
    [t, issuer] = await Promise.all([openTestDatabase(kind), createTestIssuer()]);
    second = t.url ? fromPool(new pg.Pool({ connectionString: t.url, max: 5 })) : t.database;
  });
  afterAll(async () => {
    if (second !== t?.database) await second?.close();
    await t?.close();
  });

  it("records the first request of a sign-in once, with its actor and request id", async () => {
    const app = replica();
    const authTime = newSignIn();
    const before = (await seen()).length;
    expect((await call(app, { auth_time: authTime }, "req-first")).status).toBe(200);
    for (let i = 0; i < 3; i++)
      expect((await call(app, { auth_time: authTime }, `req-${i}`)).status).toBe(200);

    const added = (await seen()).slice(before);
    expect(added).toHaveLength(1);
    const operator = persona("operator");
    expect(added[0]).toMatchObject({
      actorOid: operator.oid,
      actorUsername: operator.email,
      actorRoles: [...operator.roles],
      action: "session.seen",
      outcome: "success",
      requestId: "req-first",
      userAgent: "vitest",
      targetWorkspace: null,
      targetDeployment: null,
      targetKeyType: null,
      details: { authTime: new Date(authTime * 1000).toISOString() },
    });
    expect(await marks(`auth_time:${authTime}`)).toHaveLength(1);
    expect(verifyChain(await auditRows(t.database)).ok).toBe(true);
  });

  it("records a new sign-in (a new auth_time) of the same user again", async () => {
    const app = replica();
    const [first, next] = [newSignIn(), newSignIn()];
    const before = (await seen()).length;
    await call(app, { auth_time: first });
    await call(app, { auth_time: next });
    await call(app, { auth_time: first });
    const added = (await seen()).slice(before);
    expect(added.map((r) => r.details)).toEqual([
      { authTime: new Date(first * 1000).toISOString() },
      { authTime: new Date(next * 1000).toISOString() },
    ]);
  });

  it("records a token without auth_time once per UTC day (the app's clock)", async () => {
    const app = replica();
    const before = (await seen()).length;
    try {
      clock = new Date("2026-03-01T00:00:00.000Z");
      await call(app, { auth_time: undefined });
      clock = new Date("2026-03-01T23:59:59.999Z");
      await call(app, { auth_time: undefined });
      clock = new Date("2026-03-02T00:00:00.000Z");
      await call(app, { auth_time: undefined });
      await call(app, { auth_time: undefined });
    } finally {
      clock = new Date();
    }
    const added = (await seen()).slice(before);
    expect(added.map((r) => [r.at.toISOString(), r.details])).toEqual([
      ["2026-03-01T00:00:00.000Z", { authTime: null, signInDay: "2026-03-01" }],
      ["2026-03-02T00:00:00.000Z", { authTime: null, signInDay: "2026-03-02" }],
    ]);
  });

  it("two replicas receiving one sign-in concurrently write exactly one record", async () => {
    const [a, b] = [replica(), replica(second)];
    const authTime = newSignIn();
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) => call(i % 2 === 0 ? a : b, { auth_time: authTime }, `req-c${i}`)),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200));
    const records = (await seen()).filter(
      (r) => r.details.authTime === new Date(authTime * 1000).toISOString(),
    );
    expect(records).toHaveLength(1);
    expect(await marks(`auth_time:${authTime}`)).toHaveLength(1);
    expect(verifyChain(await auditRows(t.database)).ok).toBe(true);
  });

  it("fails closed: audit storage down → 503 audit_unavailable, the request not run, no mark; then recorded", async () => {
    const app = replica();
    const authTime = newSignIn();
    const [recordsBefore, runsBefore] = [(await auditRows(t.database)).length, runs.count];
    await auditDown(t.database);
    try {
      await expectProblem(await call(app, { auth_time: authTime }), 503, "audit_unavailable");
      await expectProblem(await call(app, { auth_time: authTime }), 503, "audit_unavailable");
    } finally {
      await auditUp(t.database);
    }
    expect(runs.count).toBe(runsBefore);
    expect(await marks(`auth_time:${authTime}`)).toHaveLength(0);
    expect(await auditRows(t.database)).toHaveLength(recordsBefore);

    expect((await call(app, { auth_time: authTime }, "req-after")).status).toBe(200);
    expect(runs.count).toBe(runsBefore + 1);
    expect((await seen()).slice(-1)).toMatchObject([
      { requestId: "req-after", details: { authTime: new Date(authTime * 1000).toISOString() } },
    ]);
    expect(await marks(`auth_time:${authTime}`)).toHaveLength(1);
  });

  it("a recorded sign-in needs no audit write: its replica remembers it, another finds the mark", async () => {
    const [a, b] = [replica(), replica(second)];
    const authTime = newSignIn();
    expect((await call(a, { auth_time: authTime })).status).toBe(200);
    const before = (await auditRows(t.database)).length;
    await auditDown(t.database);
    try {
      expect((await call(a, { auth_time: authTime })).status).toBe(200);
      expect((await call(b, { auth_time: authTime })).status).toBe(200);
    } finally {
      await auditUp(t.database);
    }
    expect(await auditRows(t.database)).toHaveLength(before);
  });

  it("records nothing for 401s and public paths", async () => {
    const app = replica();
    const [recordsBefore, marksBefore] = [(await auditRows(t.database)).length, (await marks()).length];
    await expectProblem(await app.request("/api/test/counted"), 401, "unauthenticated");
    await expectProblem(
      await app.request("/api/test/counted", { headers: bearer("not.a.token") }),
      401,
      "unauthenticated",
    );
    const expired = await issuer.tokenFor(
      "operator",
      { auth_time: newSignIn() },
      Math.floor(Date.now() / 1000) - 3600,
    );
    await expectProblem(
      await app.request("/api/test/counted", { headers: bearer(expired) }),
      401,
      "unauthenticated",
    );
    // A public path, even with a valid token: authenticate does not run there, so no sign-in is seen.
    const publicResponse = await app.request("/api/openapi.json", {
      headers: bearer(await issuer.tokenFor("operator", { auth_time: newSignIn() })),
    });
    expect(publicResponse.status).toBe(200);
    expect((await app.request("/healthz")).status).toBe(200);
    expect(await auditRows(t.database)).toHaveLength(recordsBefore);
    expect(await marks()).toHaveLength(marksBefore);
  });
});

describe("session.seen keys", () => {
  it("keys the mark by oid as well: two users with the same auth_time are two sign-ins", async () => {
    const [t, issuer] = await Promise.all([openTestDatabase("pglite"), createTestIssuer()]);
    try {
      const { app } = createTestApp({ db: t, issuer });
      const authTime = Math.floor(Date.now() / 1000) - 60;
      for (const who of ["operator", "lead"] as const) {
        const response = await app.request("/api/me", {
          headers: bearer(await issuer.tokenFor(who, { auth_time: authTime })),
        });
        expect(response.status).toBe(200);
      }
      const records = await t.database.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.action, "session.seen"));
      expect(records.map((r) => r.actorOid).sort()).toEqual(
        [persona("operator").oid, persona("lead").oid].sort(),
      );
    } finally {
      await t.close();
    }
  });
});
