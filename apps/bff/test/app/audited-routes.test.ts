import { asc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../src/db/schema.ts";
import { verifyChain } from "../../src/features/audit/audit-chain.ts";
import { auditDown, auditUp } from "../support/audit-faults.ts";
import { DB_KINDS, openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { expectProblem } from "../support/problem.ts";
import { bearer, createTestApp } from "../support/test-app.ts";
import { createTestIssuer, persona, type TestIssuer } from "../support/test-issuer.ts";
import { createExampleRouter, type ExampleState } from "../support/test-routes.ts";

// A guarded, audited route end to end (the pattern resource routes follow), on both databases.

describe.each(DB_KINDS)("audited routes on %s", (kind) => {
  let t: TestDatabase;
  let issuer: TestIssuer;
  let state: ExampleState;
  let app: ReturnType<typeof build>;

  function build() {
    const { app } = createTestApp({ db: t, issuer });
    return app.route("/api", createExampleRouter(state));
  }
  const rows = () => t.database.db.select().from(auditEvents).orderBy(asc(auditEvents.seq));
  const regenerate = async (
    who: "operator" | "support" | "lead",
    path = "/api/test/ws-east/churn/keys/Secondary/regenerate",
  ) =>
    app.request(path, {
      method: "POST",
      headers: { ...bearer(await issuer.tokenFor(who)), "X-Request-Id": `req-${who}` },
    });

  beforeAll(async () => {
    [t, issuer] = await Promise.all([openTestDatabase(kind), createTestIssuer()]);
    state = { providerCalls: 0 };
    app = build();
    // Each persona signs in before the tests (one `session.seen` record each), so that the records a
    // test reads are those of its own call (sign-ins: test/audit/session-seen-records.test.ts).
    for (const who of ["operator", "support", "lead"] as const) {
      expect((await app.request("/api/me", { headers: bearer(await issuer.tokenFor(who)) })).status).toBe(
        200,
      );
    }
  });
  afterAll(() => t?.close());

  it("an allowed call writes intent and success around the provider call", async () => {
    const before = (await rows()).length;
    const response = await regenerate("support");
    expect(response.status).toBe(200);
    expect(state.providerCalls).toBe(1);
    const all = (await rows()).slice(before);
    expect(all.map((r) => r.outcome)).toEqual(["intent", "success"]);
    expect(all[1]).toMatchObject({
      actorOid: persona("support").oid,
      actorRoles: ["KeyRotator"],
      action: "key.regenerate",
      targetWorkspace: "ws-east",
      targetDeployment: "churn",
      targetKeyType: "Secondary",
      requestId: "req-support",
      details: { fingerprint: "0123456789ab" },
    });
  });

  it("a denied call answers 403 and records one denied event, never calling the provider", async () => {
    const before = (await rows()).length;
    await expectProblem(
      await regenerate("lead", "/api/test/ws-east/churn/keys/secondary/regenerate"),
      403,
      "forbidden",
    );
    expect(state.providerCalls).toBe(1);
    const added = (await rows()).slice(before);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      outcome: "denied",
      action: "key.regenerate",
      actorOid: persona("lead").oid,
      targetKeyType: "Secondary",
      requestId: "req-lead",
    });
  });

  it("a denied read on a route declaring an audit action is recorded too", async () => {
    const before = (await rows()).length;
    const response = await app.request("/api/test/audit-export", {
      headers: bearer(await issuer.tokenFor("operator")),
    });
    await expectProblem(response, 403, "forbidden");
    expect((await rows()).slice(before)).toMatchObject([{ outcome: "denied", action: "audit.export" }]);
  });

  it("a provider failure is recorded as failed and answered as the provider's problem", async () => {
    state.failProvider = true;
    try {
      await expectProblem(await regenerate("operator"), 503, "provider_unavailable");
    } finally {
      state.failProvider = false;
    }
    expect((await rows()).slice(-2).map((r) => r.outcome)).toEqual(["intent", "failed"]);
  });

  it("fails closed: audit storage down → 503 audit_unavailable and the provider is not called", async () => {
    const calls = state.providerCalls;
    const before = (await rows()).length;
    await auditDown(t.database);
    try {
      await expectProblem(await regenerate("operator"), 503, "audit_unavailable");
    } finally {
      await auditUp(t.database);
    }
    expect(state.providerCalls).toBe(calls);
    expect(await rows()).toHaveLength(before);
    expect(verifyChain(await rows()).ok).toBe(true);
  });
});
