import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { hc } from "hono/client";
import type { AppType } from "../../src/client-types.ts";
import { type BundleProcess, buildTestBundle, startBundle } from "../production/bundle-process.ts";
import { bffEnv, serveJwks } from "../support/bff-process.ts";
import { openPostgres, type TestDatabase } from "../support/databases.ts";
import { type ProviderFixture, startProviderFixture } from "../support/provider-fixture.ts";
import { createTestIssuer, type PersonaName, type TestIssuer } from "../support/test-issuer.ts";

// Three replicas of the production bundle (`node server.js`, NODE_ENV=production) on one fresh
// PostgreSQL database, with the real dev-idp and emulator on loopback: what a load balancer sees.

/** How many rounds the randomised parts run: small in CI, more with KEYTURN_REPLICA_ROUNDS locally. */
export const REPLICA_ROUNDS = Math.max(1, Number(process.env.KEYTURN_REPLICA_ROUNDS ?? "2") || 2);

/**
 * The bundle built and three processes started on a shared 2-core machine: minutes when loaded. The
 * suite's own tests take their bounds from the waits they name.
 */
export const START_TIMEOUT_MS = 240_000;

export interface Replica {
  name: string;
  url: string;
  process: BundleProcess;
  /** The typed client of this replica as a persona (a real HTTP call). */
  as(who: PersonaName): ReturnType<typeof hc<AppType>>;
  alive(): boolean;
}

export interface ReplicaSet {
  replicas: Replica[];
  db: TestDatabase;
  fixture: ProviderFixture;
  issuer: TestIssuer;
  /** Starts one more replica (same environment), e.g. after one was killed. */
  start(name: string): Promise<Replica>;
  close(): Promise<void>;
}

/** Everything up, the connection stored, then `count` replicas started at once. */
export async function startReplicaSet(count: number, env: Record<string, string> = {}): Promise<ReplicaSet> {
  const [bundle, fixture, issuer, db, dataDir] = await Promise.all([
    buildTestBundle(),
    startProviderFixture(),
    createTestIssuer(),
    openPostgres(),
    mkdtemp(path.join(tmpdir(), "keyturn-replicas-")),
  ]);
  const jwks = await serveJwks(issuer.jwks);
  await fixture.addConnection(db.database);
  const started: Replica[] = [];
  const start = async (name: string): Promise<Replica> => {
    const process = startBundle(
      bundle.dir,
      bffEnv(path.join(dataDir, name), {
        NODE_ENV: "production",
        // Development mode: the emulator is plain http on loopback, which production mode refuses.
        KEYTURN_MODE: "development",
        DATABASE_URL: db.url ?? "",
        KEYTURN_AUTH_JWKS_URL: jwks.url,
        ...fixture.env,
        ...env,
      }),
    );
    const url = await process.ready;
    const replica: Replica = {
      name,
      url,
      process,
      as: (who) =>
        hc<AppType>(url, {
          headers: async () => ({ Authorization: `Bearer ${await issuer.tokenFor(who)}` }),
        }),
      alive: () => process.child.exitCode === null && process.child.signalCode === null,
    };
    started.push(replica);
    return replica;
  };
  const replicas = await Promise.all(Array.from({ length: count }, (_, i) => start(`replica-${i + 1}`)));
  return {
    replicas,
    db,
    fixture,
    issuer,
    start,
    async close() {
      for (const r of started) if (r.alive()) r.process.child.kill("SIGTERM");
      await Promise.all(started.map((r) => r.process.exited));
      await jwks.close();
      await db.close();
      await fixture.close();
      await bundle.remove();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The JSON log lines of a replica with the given `msg`. */
export function logLines(replica: Replica, msg: string): Array<Record<string, unknown>> {
  return replica.process
    .output()
    .split("\n")
    .filter((line) => line.includes(`"msg":"${msg}"`))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
