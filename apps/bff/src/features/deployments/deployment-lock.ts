import type { PoolClient } from "pg";
import type { Database } from "../../db/client.ts";
import { ApiError } from "../../errors/api-error.ts";

/** First key of the two-int advisory lock space used for deployments (the second: hashtext of the name). */
const DEPLOYMENT_LOCK_SPACE = 4_711_003;
const LOCK_WAIT_MS = 20_000;

const local = new Map<string, Promise<void>>();

/**
 * Serialises read-compare-write on one deployment (If-Match, then the provider call): in this process
 * by a promise chain per deployment (PGlite has one process), across replicas on PostgreSQL by a
 * session advisory lock on a dedicated pooled connection — not a transaction, so the audit writes
 * and the provider calls inside run on other connections and nothing is held open on PGlite.
 * Waiting longer than 20 s answers 409 `conflict`.
 */
export async function withDeploymentLock<T>(
  database: Database,
  workspace: string,
  deployment: string,
  work: () => Promise<T>,
): Promise<T> {
  const key = `${workspace}/${deployment}`;
  const previous = local.get(key) ?? Promise.resolve();
  let release = () => {};
  const mine = new Promise<void>((resolve) => {
    release = resolve;
  });
  const tail = previous.then(() => mine);
  local.set(key, tail);
  await previous;
  try {
    return database.kind === "postgres"
      ? await withAdvisoryLock(await database.pool.connect(), key, work)
      : await work();
  } finally {
    release();
    if (local.get(key) === tail) local.delete(key);
  }
}

async function withAdvisoryLock<T>(client: PoolClient, key: string, work: () => Promise<T>): Promise<T> {
  let broken = false;
  try {
    await client.query(`set lock_timeout = ${LOCK_WAIT_MS}`);
    try {
      await client.query("select pg_advisory_lock($1, hashtext($2))", [DEPLOYMENT_LOCK_SPACE, key]);
    } catch (cause) {
      throw new ApiError(409, "conflict", {
        detail: "Another change to this deployment is in progress.",
        cause,
      });
    }
    try {
      return await work();
    } finally {
      await client
        .query("select pg_advisory_unlock($1, hashtext($2))", [DEPLOYMENT_LOCK_SPACE, key])
        .catch(() => {
          broken = true; // dropping the connection releases its locks
        });
    }
  } finally {
    await client.query("reset lock_timeout").catch(() => {
      broken = true;
    });
    client.release(broken);
  }
}
