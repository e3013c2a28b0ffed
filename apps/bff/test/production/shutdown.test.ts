import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../src/db/client.ts";
import { bffEnv, serveJwks } from "../support/bff-process.ts";
import { openPostgres, type TestDatabase } from "../support/databases.ts";
import { type ProviderFixture, startProviderFixture } from "../support/provider-fixture.ts";
import { createTestIssuer, type TestIssuer } from "../support/test-issuer.ts";
import { buildTestBundle, connectionRefused, send, startBundle } from "./bundle-process.ts";

// The production bundle (`node server.js`, NODE_ENV=production, PostgreSQL) stopped by SIGTERM while
// a request and a job run: the request is answered, no new connection is accepted meanwhile, the
// job's lease is released, and the process exits 0 — or 1 when the deadline passes first.

/** Each workspace's deployment listing answers this late: the inventory sync and its route are slow. */
const LIST_LATENCY_MS = 1_500;

let bundle: Awaited<ReturnType<typeof buildTestBundle>>;
let fixture: ProviderFixture;
let issuer: TestIssuer;
let jwks: Awaited<ReturnType<typeof serveJwks>>;
let db: TestDatabase;
let dataDir: string;

beforeAll(async () => {
  [bundle, fixture, issuer, db, dataDir] = await Promise.all([
    buildTestBundle(),
    startProviderFixture(),
    createTestIssuer(),
    openPostgres(),
    mkdtemp(path.join(tmpdir(), "keyturn-shutdown-")),
  ]);
  jwks = await serveJwks(issuer.jwks);
  await fixture.addConnection(db.database);
  await fixture.admin.setFaults({ list: { latencyMs: LIST_LATENCY_MS } });
});

afterAll(async () => {
  await jwks?.close();
  await db?.close();
  await fixture?.close();
  await bundle?.remove();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const env = (extra: Record<string, string> = {}) =>
  bffEnv(dataDir, {
    NODE_ENV: "production",
    // Development mode: the emulator is plain http on loopback, which production mode refuses.
    KEYTURN_MODE: "development",
    DATABASE_URL: db.url ?? "",
    KEYTURN_AUTH_JWKS_URL: jwks.url,
    // The sync runs at start (and holds its lease while the slow listings answer).
    KEYTURN_INVENTORY_SYNC_SECONDS: "3600",
    ...fixture.env,
    ...extra,
  });

const syncLease = async () => {
  const rows = await queryRows<{ held: boolean; finished: boolean }>(
    db.database.db,
    sql`select lease_until > now() as held, finished_at is not null as finished
        from job_leases where job = 'inventory-sync'`,
  );
  return rows[0];
};

describe("the production bundle", () => {
  // It runs from a temp folder outside the repository, so nothing resolves from the workspace's
  // node_modules: every import it makes is bundled, Node's own, or installed beside it.
  it("lists only the packages that cannot be bundled, installed beside it", async () => {
    const manifest = JSON.parse(await readFile(path.join(bundle.dir, "package.json"), "utf8"));
    expect(Object.keys(manifest.dependencies)).toEqual(["@electric-sql/pglite"]);
    expect(existsSync(path.join(bundle.dir, "node_modules/@electric-sql/pglite/package.json"))).toBe(true);
    expect(existsSync(path.join(bundle.dir, "drizzle/meta/_journal.json"))).toBe(true);
    expect(path.relative(path.resolve(import.meta.dirname, "../../../.."), bundle.dir)).toMatch(/^\.\./);
  });
});

describe("graceful shutdown of the bundle", () => {
  it("finishes the request in flight, refuses new connections, releases the sync lease, exits 0", async () => {
    const bff = startBundle(bundle.dir, env());
    const url = await bff.ready;
    const token = await issuer.tokenFor("admin");
    let answered = false;
    // A sync on request waits for the one started at boot, then runs its own: several slow listings.
    const slow = send(`${url}/api/inventory/sync`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}` },
    }).finally(() => {
      answered = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await syncLease())?.held).toBe(true);

    bff.child.kill("SIGTERM");
    await expect.poll(() => connectionRefused(url), { timeout: 5_000, interval: 50 }).toBe(true);
    expect(answered).toBe(false);

    const response = await slow;
    expect(response.status).toBe(200);
    expect(response.connection).toBe("close");
    expect(await bff.exited).toBe(0);
    expect(await syncLease()).toEqual({ held: false, finished: true });
    expect(bff.output()).toContain('"msg":"shutdown: drained"');
  });

  it("exits 1 when the requests in flight outlast KEYTURN_SHUTDOWN_DEADLINE_MS", async () => {
    const bff = startBundle(bundle.dir, env({ KEYTURN_SHUTDOWN_DEADLINE_MS: "200" }));
    const url = await bff.ready;
    const slow = send(`${url}/api/inventory/sync`, {
      method: "POST",
      headers: { Authorization: `Bearer ${await issuer.tokenFor("admin")}` },
    }).catch(() => null);
    await new Promise((resolve) => setTimeout(resolve, 400));
    bff.child.kill("SIGTERM");
    expect(await bff.exited).toBe(1);
    expect(bff.output()).toContain("still running at the deadline");
    await slow;
  });
});
