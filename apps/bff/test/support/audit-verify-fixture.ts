import { afterEach, beforeAll, beforeEach, expect } from "vitest";
import { AUDIT_TEST_ENV, appendEvents } from "./audit-fixtures.ts";
import { type DbKind, openTestDatabase, type TestDatabase } from "./databases.ts";
import { bearer, createTestApp } from "./test-app.ts";
import { createTestIssuer, type TestIssuer } from "./test-issuer.ts";

/**
 * For the verify tests, inside a `describe`: a fresh database of `kind` with 8 records for each test,
 * then the `session.seen` records of the Auditor (9) and the Admin (10), who sign in before the test
 * so that its verifies and checkpoints add only their own records; the app, `verify(body?)` as the
 * Auditor (expects 200) and `checkpoint()` as the Admin (expects 201).
 */
export function verifyFixture(kind: DbKind) {
  const f = {} as { t: TestDatabase; issuer: TestIssuer; built: ReturnType<typeof createTestApp> };
  beforeAll(async () => {
    f.issuer = await createTestIssuer();
  });
  beforeEach(async () => {
    f.t = await openTestDatabase(kind);
    f.built = createTestApp({ db: f.t, issuer: f.issuer, env: AUDIT_TEST_ENV });
    await appendEvents(f.t.database.db, 8);
    for (const who of ["lead", "admin"] as const) {
      const response = await f.built.app.request("/api/me", {
        headers: bearer(await f.issuer.tokenFor(who)),
      });
      expect(response.status, `${who} signs in`).toBe(200);
    }
  });
  afterEach(() => f.t.close());

  const verify = async (body?: unknown) => {
    const response = await f.built.app.request("/api/audit/verify", {
      method: "POST",
      headers: {
        ...bearer(await f.issuer.tokenFor("lead")),
        ...(body ? { "Content-Type": "application/json" } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as {
      intact: boolean;
      checked: number;
      break: unknown;
      checkpoints: unknown;
    };
  };
  const checkpoint = async () => {
    const response = await f.built.app.request("/api/audit/checkpoints", {
      method: "POST",
      headers: bearer(await f.issuer.tokenFor("admin")),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as { id: number; seq: number; hash: string };
  };
  return { f, verify, checkpoint };
}
