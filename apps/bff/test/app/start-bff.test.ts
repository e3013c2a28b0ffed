import { rm, stat } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { createTokenVerifier } from "../../src/auth/token-verifier.ts";
import { connections } from "../../src/db/schema.ts";
import { createBff, startBff } from "../../src/index.ts";
import { createLogger } from "../../src/logger.ts";
import { pgliteAndIssuer } from "../support/pglite-issuer.ts";
import { bearer, memoryLog, testConfig } from "../support/test-app.ts";
import type { TestIssuer } from "../support/test-issuer.ts";

const f = pgliteAndIssuer();

const verifierFor = (i: TestIssuer) =>
  createTokenVerifier({ issuer: i.issuer, audience: i.audience, keys: i.keys });
const silent = () => createLogger({ level: "silent", destination: memoryLog().stream });

describe("startBff", () => {
  it("serves over HTTP on a free port, seeded, with readiness checks; close() stops it", async () => {
    // The seeded connection points at a closed port: readiness never asks a workspace, so still ready.
    const config = testConfig({
      KEYTURN_BFF_PORT: "0",
      KEYTURN_BFF_HOST: "127.0.0.1",
      KEYTURN_EMULATOR_URL: "http://127.0.0.1:1",
    });
    const bff = await startBff(config, {
      database: f.db.database,
      verifier: verifierFor(f.issuer),
      logger: silent(),
    });
    try {
      expect(bff.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const ready = await fetch(`${bff.url}/readyz`);
      expect(await ready.json()).toEqual({ status: "ready", checks: { database: "ok", migrations: "ok" } });
      expect(ready.status).toBe(200);
      const me = await fetch(`${bff.url}/api/me`, { headers: bearer(await f.issuer.tokenFor("admin")) });
      expect(me.status).toBe(200);
      expect(await f.db.database.db.select().from(connections)).toHaveLength(1);
    } finally {
      await bff.close();
    }
    await expect(fetch(`${bff.url}/healthz`)).rejects.toThrow();
  });
});

describe("createBff", () => {
  it("creates the master key and pepper files (0600) when the environment has none", async () => {
    const config = testConfig({ KEYTURN_MASTER_KEY: "", KEYTURN_FINGERPRINT_PEPPER: "" });
    expect(config.secrets.masterKey).toBeNull();
    const bff = await createBff(config, {
      database: f.db.database,
      verifier: verifierFor(f.issuer),
      logger: silent(),
    });
    await bff.close();
    try {
      expect((await stat(config.secrets.masterKeyFile)).mode & 0o777).toBe(0o600);
      expect((await stat(config.secrets.pepperFile)).mode & 0o777).toBe(0o600);
      expect(bff.deps.keys.masterKey).toHaveLength(32);
    } finally {
      await rm(config.dataDir, { recursive: true, force: true });
    }
  });

  it("opens the default PGlite in the data folder and migrates it", async () => {
    const config = testConfig({ KEYTURN_SEED_DEFAULT_CONNECTION: "false" });
    expect(config.database.kind).toBe("pglite");
    const bff = await createBff(config, { verifier: verifierFor(f.issuer), logger: silent() });
    try {
      // No connection, and readiness asks only the database: ready.
      expect((await bff.app.request("/readyz")).status).toBe(200);
      expect(await bff.deps.database.db.select().from(connections)).toHaveLength(0);
    } finally {
      await bff.close();
      await rm(config.dataDir, { recursive: true, force: true });
    }
  });
});
