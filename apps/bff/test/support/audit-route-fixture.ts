import { afterAll, beforeAll } from "vitest";
import { appendAudit } from "../../src/features/audit/audit-append.ts";
import { toAuditRecord } from "../../src/features/audit/audit-record.ts";
import { AUDIT_TEST_ENV, appendEvents, auditRows, fixtureEvent } from "./audit-fixtures.ts";
import { type DbKind, openTestDatabase, type TestDatabase } from "./databases.ts";
import { bearer, createTestApp } from "./test-app.ts";
import { createTestIssuer, PERSONA_NAMES, type PersonaName, type TestIssuer } from "./test-issuer.ts";

/**
 * The audit routes' fixture, for use inside a `describe`: a database of `kind` with 31 records (the
 * 31st with awkward values: a formula, quotes, commas, CR/LF, non-ASCII), then one `session.seen`
 * record per persona (each signs in once, before the tests, so a test's requests add only the
 * records of its own action), the app, and helpers.
 */
export function auditRouteFixture(kind: DbKind) {
  const f = {} as { t: TestDatabase; issuer: TestIssuer; app: ReturnType<typeof createTestApp>["app"] };
  beforeAll(async () => {
    [f.t, f.issuer] = await Promise.all([openTestDatabase(kind), createTestIssuer()]);
    f.app = createTestApp({ db: f.t, issuer: f.issuer, env: AUDIT_TEST_ENV }).app;
    await appendEvents(f.t.database.db, 30);
    const awkward = { userAgent: "=cmd|' /C calc'!A0,\"x\"\r\nSet-Cookie: a=b ✓", clientAddress: null };
    await f.t.database.db.transaction((tx) => appendAudit(tx, fixtureEvent(31, awkward)));
    for (const who of PERSONA_NAMES) {
      const response = await f.app.request("/api/me", { headers: bearer(await f.issuer.tokenFor(who)) });
      if (response.status !== 200) throw new Error(`${who} could not sign in: ${response.status}`);
    }
  });
  afterAll(() => f.t?.close());
  return {
    f,
    get: async (url: string, who: PersonaName = "lead") =>
      f.app.request(url, { headers: { ...bearer(await f.issuer.tokenFor(who)), "User-Agent": "vitest" } }),
    post: async (url: string, who: PersonaName = "lead") =>
      f.app.request(url, { method: "POST", headers: bearer(await f.issuer.tokenFor(who)) }),
    all: async () => (await auditRows(f.t.database)).map(toAuditRecord),
  };
}
