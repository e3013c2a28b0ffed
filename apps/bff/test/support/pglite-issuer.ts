import { afterAll, beforeAll } from "vitest";
import { openPglite, type TestDatabase } from "./databases.ts";
import { createTestIssuer, type TestIssuer } from "./test-issuer.ts";

/**
 * What most in-process app tests start from: a PGlite database and the in-process token issuer, made
 * before the tests of the file (or `describe`) it is called in, the database closed after them.
 * `createTestApp({ ...f, env })` builds an app on them.
 */
export function pgliteAndIssuer() {
  const f = {} as { db: TestDatabase; issuer: TestIssuer };
  beforeAll(async () => {
    [f.db, f.issuer] = await Promise.all([openPglite(), createTestIssuer()]);
  });
  afterAll(() => f.db?.close());
  return f;
}
