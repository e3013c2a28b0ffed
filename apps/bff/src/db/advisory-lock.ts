import type { PoolClient } from "pg";

export interface AdvisoryLock {
  /** First key of the two-int lock space (the second is `hashtext(name)`). */
  space: number;
  name: string;
  /** How long to wait for the lock (PostgreSQL's `lock_timeout`); unbounded when absent. */
  waitMs?: number;
  /** What to throw when the lock cannot be taken (by default, the database's error). */
  onLockError?: (cause: unknown) => Error;
}

/**
 * Runs `work` holding a session advisory lock on `client`, a pooled connection given for the purpose,
 * then unlocks and releases it. A session lock, not a transaction: the work's own queries run on
 * other connections. A connection whose unlock (or reset) failed is destroyed on release, which is
 * how PostgreSQL frees a lock it still holds.
 */
export async function withAdvisoryLock<T>(
  client: PoolClient,
  lock: AdvisoryLock,
  work: () => Promise<T>,
): Promise<T> {
  const { space, name, waitMs, onLockError } = lock;
  let broken = false;
  try {
    if (waitMs !== undefined) await client.query(`set lock_timeout = ${Math.trunc(waitMs)}`);
    try {
      await client.query("select pg_advisory_lock($1, hashtext($2))", [space, name]);
    } catch (cause) {
      if (onLockError) throw onLockError(cause);
      broken = true;
      throw cause;
    }
    try {
      return await work();
    } finally {
      await client.query("select pg_advisory_unlock($1, hashtext($2))", [space, name]).catch(() => {
        broken = true;
      });
    }
  } finally {
    if (waitMs !== undefined)
      await client.query("reset lock_timeout").catch(() => {
        broken = true;
      });
    client.release(broken);
  }
}
