import type { EmulatorOptions } from "@keyturn/emulator";
import pg from "pg";
import type { AppType } from "../../src/client-types.ts";
import { type Database, fromPool } from "../../src/db/client.ts";
import { type DbKind, openTestDatabase, type TestDatabase } from "./databases.ts";
import { type ProviderFixture, startProviderFixture } from "./provider-fixture.ts";
import { bearer, createTestApp } from "./test-app.ts";
import { createTestIssuer, type PersonaName, type TestIssuer } from "./test-issuer.ts";
import { clientAs } from "./typed-client.ts";

/**
 * A test database (PGlite or PostgreSQL), the in-process issuer for operators' tokens, and a real
 * dev-idp + emulator behind the database's connection. `app()` builds a fresh app (a "replica").
 */
export async function setupDeployments(
  kind: DbKind,
  env: Record<string, string> = {},
  emulator: EmulatorOptions = {},
) {
  const [t, issuer, fx] = await Promise.all([
    openTestDatabase(kind),
    createTestIssuer(),
    startProviderFixture(emulator),
  ]);
  await fx.addConnection(t.database);
  const extra: Database[] = [];
  const build = (database: TestDatabase = t, moreEnv: Record<string, string> = {}) =>
    createTestApp({
      db: database,
      issuer,
      env: { ...fx.env, KEYTURN_OPERATION_POLL_MS: "20", ...env, ...moreEnv },
    });
  const main = build();
  return {
    t,
    issuer,
    fx,
    /** A fresh app with its own deps (a second replica: own provider clients and caches). */
    build,
    /** The app most tests use (its provider clients and tokens are reused across requests). */
    app: main.app,
    deps: main.deps,
    auth: async (who: PersonaName, claims: Record<string, unknown> = {}) =>
      bearer(await issuer.tokenFor(who, claims)),
    /** The app's typed client as `who` (null: no token), on the main app or the one given. */
    client: (who: PersonaName | null, app: AppType = main.app) => clientAs(app, issuer, who),
    /** Another connection pool on the same PostgreSQL database (a second replica); PGlite: the same. */
    async secondDatabase(): Promise<TestDatabase> {
      if (t.url === null) return t;
      const database = fromPool(new pg.Pool({ connectionString: t.url, max: 5 }));
      extra.push(database);
      return { database, url: t.url, close: async () => {} };
    },
    async close() {
      for (const database of extra) await database.close();
      await fx.close();
      await t.close();
    },
  };
}
export type DeploymentsSetup = Awaited<ReturnType<typeof setupDeployments>>;
export type { ProviderFixture, TestIssuer };
