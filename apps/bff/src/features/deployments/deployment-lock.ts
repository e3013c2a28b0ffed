import { withAdvisoryLock } from "../../db/advisory-lock.ts";
import type { Database } from "../../db/client.ts";
import { LocalMutex } from "../../db/local-mutex.ts";
import { ApiError } from "../../errors/api-error.ts";

/** First key of the two-int advisory lock space used for deployments (the second: hashtext of the name). */
const DEPLOYMENT_LOCK_SPACE = 4_711_003;
const LOCK_WAIT_MS = 20_000;

/** One per process, like the PGlite it serialises; on PostgreSQL it keeps waiters off the pool. */
const local = new LocalMutex();

/**
 * Serialises read-compare-write on one deployment (If-Match, then the provider call): in this process
 * by a queue per deployment (PGlite has one process), across replicas on PostgreSQL by a session
 * advisory lock on a dedicated pooled connection — not a transaction, so the audit writes and the
 * provider calls inside run on other connections and nothing is held open on PGlite.
 * Waiting longer than 20 s answers 409 `conflict`.
 */
export function withDeploymentLock<T>(
  database: Database,
  workspace: string,
  deployment: string,
  work: () => Promise<T>,
): Promise<T> {
  const name = `${workspace}/${deployment}`;
  return local.run(name, async () => {
    if (database.kind !== "postgres") return work();
    return withAdvisoryLock(
      await database.pool.connect(),
      {
        space: DEPLOYMENT_LOCK_SPACE,
        name,
        waitMs: LOCK_WAIT_MS,
        onLockError: (cause) =>
          new ApiError(409, "conflict", {
            detail: "Another change to this deployment is in progress.",
            cause,
          }),
      },
      work,
    );
  });
}
