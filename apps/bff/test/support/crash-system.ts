import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { API_AUDIENCE, signInAs } from "@keyturn/dev-idp";
import { fingerprint } from "../../src/crypto/fingerprint.ts";
import { type BffProcess, bffEnv, spawnBff } from "./bff-process.ts";
import { type DbKind, openPostgres, type TestDatabase } from "./databases.ts";
import { startProviderFixture } from "./provider-fixture.ts";
import { wsRef } from "./secrets-harness.ts";
import { TEST_PEPPER } from "./test-app.ts";

// The whole system for the crash cycles: a real dev-idp and emulator in this process, the BFF as its
// own process (so it can be killed with SIGKILL) on one data folder, or one PostgreSQL database, that
// every restart reuses. Its seeded connection is the emulator.

/** Short provider deadlines, so an intent left by a kill is reconciled within seconds (2 + 5 × 2 s). */
const OPERATION_WAIT_MS = 2_000;
const PROVIDER_TIMEOUT_MS = 2_000;
export const INTENT_DEADLINE_MS = OPERATION_WAIT_MS + 5 * PROVIDER_TIMEOUT_MS;

export interface RunningBff {
  process: BffProcess;
  url: string;
}

export async function startCrashSystem(kind: DbKind) {
  const fx = await startProviderFixture();
  let db: TestDatabase | null = null;
  const dataDir = await mkdtemp(path.join(tmpdir(), "keyturn-bff-crash-"));
  try {
    db = kind === "postgres" ? await openPostgres() : null;
    const env = bffEnv(dataDir, {
      ...fx.env,
      ...(db?.url ? { DATABASE_URL: db.url } : {}),
      KEYTURN_AUTH_ISSUER: fx.idp.issuer,
      KEYTURN_AUTH_AUDIENCE: API_AUDIENCE,
      KEYTURN_SEED_DEFAULT_CONNECTION: "true",
      KEYTURN_EMULATOR_URL: fx.emulator.url,
      KEYTURN_RATE_LIMIT_BURST: "100000",
      KEYTURN_RATE_LIMIT_PER_MINUTE: "1000000",
      KEYTURN_OPERATION_WAIT_MS: String(OPERATION_WAIT_MS),
      KEYTURN_OPERATION_POLL_MS: "50",
      KEYTURN_PROVIDER_TIMEOUT_MS: String(PROVIDER_TIMEOUT_MS),
    });
    const signIn = async (who: "operator" | "admin") =>
      (await signInAs(fx.idp.issuer, `${who}@keyturn.test`, fx.idp.caCertPem)).accessToken;
    const [operator, admin] = await Promise.all([signIn("operator"), signIn("admin")]);
    const { client: workspace } = await fx.directClient();
    const running: BffProcess[] = [];

    return {
      kind,
      tokens: { operator, admin },
      /** Starts a BFF process on the system's database and waits until it listens. */
      async startBff(): Promise<RunningBff> {
        const process = spawnBff(env);
        running.push(process);
        return { process, url: await process.ready };
      },
      /** Both keys' fingerprints as the emulator holds them (the test's own view, never the BFF's). */
      async emulatorFingerprints(ws: string, name: string) {
        const keys = await workspace.listKeys(wsRef(ws), name);
        return {
          Primary: fingerprint(TEST_PEPPER, keys.primaryKey ?? ""),
          Secondary: fingerprint(TEST_PEPPER, keys.secondaryKey ?? ""),
        };
      },
      async close() {
        await Promise.allSettled(running.map((p) => p.kill()));
        await Promise.allSettled([fx.close(), db?.close()]);
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await Promise.allSettled([fx.close(), db?.close(), rm(dataDir, { recursive: true, force: true })]);
    throw err;
  }
}
export type CrashSystem = Awaited<ReturnType<typeof startCrashSystem>>;
