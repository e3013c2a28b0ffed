import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { SEED_RESOURCE_GROUP, SEED_SUBSCRIPTION_ID } from "@keyturn/emulator";
import { eq } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connections } from "../../src/db/schema.ts";
import { runDoctor } from "../../src/ops/doctor/doctor.ts";
import { SOURCE_LAYOUT } from "../../src/ops/layout.ts";
import { MANAGEMENT_SCOPE } from "../../src/provider/connection-credential.ts";
import { insertConnection } from "../../src/provider/connection-store.ts";
import { TEST_CHECKPOINT_KEY } from "../support/audit-fixtures.ts";
import { openPostgres, TEST_DATABASE_URL, type TestDatabase } from "../support/databases.ts";
import { type ProviderFixture, startProviderFixture } from "../support/provider-fixture.ts";
import { TEST_MASTER_KEY, TEST_PEPPER } from "../support/test-app.ts";
import { buildTestBundle, runBundledDoctor } from "./bundle-process.ts";

// The doctor against the real local identity provider (discovery, JWKS over its own TLS), the real
// emulator (each connection's workspaces) and PostgreSQL: every check passes on a good environment,
// each failure names its fix, and no secret of the environment ever reaches the output.

/** Secret-looking values: none may appear in anything the doctor prints. */
const CANARY = {
  dbPassword: `pw-${randomBytes(8).toString("hex")}`,
  bffSecret: `bff-secret-${randomBytes(8).toString("hex")}`,
  wrongClientSecret: `wrong-${randomBytes(8).toString("hex")}`,
};
const SECRETS = [
  CANARY.dbPassword,
  CANARY.bffSecret,
  CANARY.wrongClientSecret,
  TEST_MASTER_KEY.toString("base64"),
  TEST_PEPPER.toString("base64"),
  TEST_CHECKPOINT_KEY,
];

let fixture: ProviderFixture;
let db: TestDatabase;
let dataDir: string;
let bundle: Awaited<ReturnType<typeof buildTestBundle>>;
beforeAll(async () => {
  [fixture, db, dataDir, bundle] = await Promise.all([
    startProviderFixture(),
    openPostgres(),
    mkdtemp(path.join(tmpdir(), "keyturn-doctor-")),
    buildTestBundle(),
  ]);
  await fixture.addConnection(db.database);
});
afterAll(async () => {
  await db?.close();
  await fixture?.close();
  await bundle?.remove();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** The database URL with a password (the local server trusts loopback, so any password connects). */
const withPassword = (url: string) => {
  const u = new URL(url);
  u.password = CANARY.dbPassword;
  return u.toString();
};

const goodEnv = () => ({
  KEYTURN_MODE: "development",
  KEYTURN_DATA_DIR: dataDir,
  KEYTURN_AUTH_ISSUER: fixture.idp.issuer,
  KEYTURN_AUTH_AUDIENCE: "api://keyturn",
  KEYTURN_CONSOLE_CLIENT_ID: "keyturn-console",
  DATABASE_URL: withPassword(db.url ?? ""),
  KEYTURN_MASTER_KEY: TEST_MASTER_KEY.toString("base64"),
  KEYTURN_FINGERPRINT_PEPPER: TEST_PEPPER.toString("base64"),
  KEYTURN_AUDIT_CHECKPOINT_KEY: TEST_CHECKPOINT_KEY,
  KEYTURN_IDP_BFF_SECRET: CANARY.bffSecret,
  ...fixture.env,
});

async function doctor(env: Record<string, string>) {
  const lines: string[] = [];
  const code = await runDoctor(env, SOURCE_LAYOUT, (line) => lines.push(line));
  const output = lines.join("\n");
  for (const secret of SECRETS) expect(output).not.toContain(secret);
  return { code, output, line: (name: string) => lines.find((l) => l.includes(`  ${name}: `)) ?? "" };
}

describe("doctor", () => {
  it("passes every check on a good environment", async () => {
    const { code, output, line } = await doctor(goodEnv());
    expect(output).not.toMatch(/^(FAIL|SKIP)/m);
    expect(code).toBe(0);
    expect(line("issuer discovery")).toMatch(/^OK/);
    expect(line("signing keys (JWKS)")).toMatch(/^OK .*signing key/);
    expect(line("extension pg_trgm")).toMatch(/^OK .*: pg_trgm installed/);
    expect(line("migrations")).toMatch(/^OK .*migrations applied/);
    expect(line('connection "Emulator (keyturn-dev)"')).toMatch(/^OK .*\d+ workspace\(s\)/);
  });

  it("fails with the fix for each problem, and never prints a secret", async () => {
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    const empty = `keyturn_doctor_${randomBytes(4).toString("hex")}`;
    await admin.query(`create database ${empty}`);
    try {
      const url = new URL(db.url ?? "");
      url.pathname = `/${empty}`;
      // As Azure Database for PostgreSQL answers when pg_trgm is not allow-listed.
      url.searchParams.set("options", "-c azure.extensions=btree_gin,hstore");
      const { code, output, line } = await doctor({
        ...goodEnv(),
        KEYTURN_MODE: "production",
        KEYTURN_AUTH_ISSUER: "https://127.0.0.1:9/tenant/v2.0",
        KEYTURN_AUTH_AUDIENCE: "",
        KEYTURN_CONSOLE_CLIENT_ID: "",
        KEYTURN_MASTER_KEY: "",
        KEYTURN_AUDIT_CHECKPOINT_KEY: "",
        DATABASE_URL: withPassword(url.toString()),
      });
      expect(code).toBe(1);
      expect(line("issuer discovery")).toMatch(/^FAIL .*127\.0\.0\.1:9/);
      expect(line("API audience")).toMatch(/^FAIL .*KEYTURN_AUTH_AUDIENCE is unset/);
      expect(line("console client id")).toMatch(/^FAIL .*KEYTURN_CONSOLE_CLIENT_ID is unset/);
      expect(line("extension pg_trgm")).toMatch(/^FAIL .*: pg_trgm is not in the server's azure\.extensions/);
      expect(line("migrations")).toMatch(/^FAIL .*migrations not applied/);
      expect(line("master key")).toMatch(/^FAIL/);
      expect(line("audit checkpoint key")).toMatch(/^FAIL/);
      expect(line("workspace connections")).toMatch(/^SKIP/);
      // Every failure is followed by its fix.
      const lines = output.split("\n");
      lines.forEach((l, i) => {
        if (l.startsWith("FAIL")) expect(lines[i + 1]).toMatch(/^ {6}fix: \S/);
      });
      expect(output).toMatch(/^\d+ of \d+ checks failed$/m);
    } finally {
      await admin.query(`drop database if exists ${empty} with (force)`);
      await admin.end();
    }
  });

  it("refuses the embedded database in production, without creating one", async () => {
    const { code, line } = await doctor({ ...goodEnv(), KEYTURN_MODE: "production", DATABASE_URL: "" });
    expect(code).toBe(1);
    expect(line("database kind")).toMatch(/^FAIL .*DATABASE_URL is unset/);
    expect(line("database reachable")).toMatch(/^SKIP/);
    expect(existsSync(path.join(dataDir, "bff", "pglite"))).toBe(false);
  });

  it("fails a connection whose credential is refused, naming it, not its secret", async () => {
    const id = await insertConnection(db.database.db, TEST_MASTER_KEY, {
      name: "Refused",
      subscriptionId: SEED_SUBSCRIPTION_ID,
      resourceGroup: SEED_RESOURCE_GROUP,
      workspace: null,
      baseUrl: fixture.emulator.url,
      credential: {
        kind: "client_secret",
        value: {
          authority: fixture.idp.issuer,
          clientId: "keyturn-bff",
          clientSecret: CANARY.wrongClientSecret,
          scope: MANAGEMENT_SCOPE,
        },
      },
    });
    try {
      const { code, line } = await doctor(goodEnv());
      expect(code).toBe(1);
      expect(line('connection "Refused"')).toMatch(/^FAIL .*listing the workspaces of keyturn-dev/);
      expect(line('connection "Emulator (keyturn-dev)"')).toMatch(/^OK/);
    } finally {
      await db.database.db.delete(connections).where(eq(connections.id, id));
    }
  });

  it("runs as doctor.js from the production bundle", async () => {
    const env = { PATH: process.env.PATH ?? "", ...goodEnv() };
    const { code, output } = await runBundledDoctor(bundle.dir, env);
    for (const secret of SECRETS) expect(output).not.toContain(secret);
    expect(output).toMatch(/^all \d+ checks passed$/m);
    expect(code).toBe(0);
  });
});
