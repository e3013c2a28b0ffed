import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { createApp } from "../../src/app.ts";
import type { AppDeps } from "../../src/app-env.ts";
import { createTokenVerifier, type TokenVerifier } from "../../src/auth/token-verifier.ts";
import { ping } from "../../src/db/client.ts";
import { type Config, loadConfig } from "../../src/env.ts";
import { createLogger } from "../../src/logger.ts";
import { createMetrics } from "../../src/middleware/metrics.ts";
import { createProviderClients } from "../../src/provider/workspace-provider.ts";
import { Readiness } from "../../src/readiness.ts";
import { createSecretsRuntime } from "../../src/secrets-runtime.ts";
import { TEST_CHECKPOINT_KEY } from "./audit-fixtures.ts";
import type { TestDatabase } from "./databases.ts";
import { TEST_AUDIENCE, TEST_ISSUER, type TestIssuer } from "./test-issuer.ts";

export const TEST_MASTER_KEY = Buffer.alloc(32, 7);
export const TEST_PEPPER = Buffer.from("keyturn-test-pepper", "utf8");

/**
 * A config for tests: a data folder under the temp dir (not created until something writes there —
 * remove it in tests that do), fixed keys, the test issuer.
 */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    KEYTURN_MODE: "test",
    KEYTURN_DATA_DIR: path.join(tmpdir(), `keyturn-bff-${randomBytes(6).toString("hex")}`),
    KEYTURN_AUTH_ISSUER: TEST_ISSUER,
    KEYTURN_AUTH_AUDIENCE: TEST_AUDIENCE,
    KEYTURN_MASTER_KEY: TEST_MASTER_KEY.toString("base64"),
    KEYTURN_FINGERPRINT_PEPPER: TEST_PEPPER.toString("base64"),
    KEYTURN_AUDIT_CHECKPOINT_KEY: TEST_CHECKPOINT_KEY,
    LOG_LEVEL: "info",
    ...env,
  });
}

/** Log lines captured in memory (parsed JSON), to assert on what the BFF logs. */
export function memoryLog() {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n")) {
        if (line === "") continue;
        raw.push(line);
        lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  return { lines, raw, stream };
}

export interface TestAppOptions {
  db: TestDatabase;
  issuer?: TestIssuer;
  verifier?: TokenVerifier;
  env?: Record<string, string>;
  now?: () => Date;
}

/** The real app with in-memory logs and a verifier for the test issuer (or the one given). */
export function createTestApp(options: TestAppOptions) {
  const config = testConfig(options.env);
  const log = memoryLog();
  const logger = createLogger({ level: config.logLevel, destination: log.stream });
  const verifier =
    options.verifier ??
    createTokenVerifier({
      issuer: config.auth.issuer,
      audience: config.auth.audience,
      keys: options.issuer?.keys ?? (() => Promise.reject(new Error("no issuer"))),
    });
  const readiness = new Readiness(500);
  readiness.register("database", () => ping(options.db.database));
  const keys = { masterKey: TEST_MASTER_KEY, pepper: TEST_PEPPER };
  const now = options.now ?? (() => new Date());
  const deps: AppDeps = {
    config,
    database: options.db.database,
    logger,
    verifier,
    keys,
    readiness,
    providerClients: createProviderClients(),
    secrets: createSecretsRuntime(keys, options.db.database, now),
    metrics: createMetrics({ defaultMetrics: false }),
    now,
  };
  return { app: createApp(deps), deps, log };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
