import { withAdvisoryLock } from "../../db/advisory-lock.ts";
import type { Database } from "../../db/client.ts";
import { embeddedQueue, LocalMutex } from "../../db/local-mutex.ts";

/** Namespace of the per-key advisory locks (the audit chain's lock is a single-key lock of its own). */
export const KEY_LOCK_NAMESPACE = 4_711_010;

/** At most `size` holders at once; the others wait in arrival order. */
export class Semaphore {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  constructor(size: number) {
    this.free = size;
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free -= 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free += 1;
    }
  }
}

/**
 * How many pool connections one replica may hold for key locks at once. The pool has 10 and the
 * locked work needs connections of its own (audit and metadata writes), so locks never take them all.
 */
const MAX_HELD_CONNECTIONS = 3;

/**
 * Serialises work on one name — a deployment's keys (`keysLockName`). First in this replica (a queue
 * per name, so a replica never has two requests for the same name waiting on the database), then
 * across replicas: on PostgreSQL a session advisory lock `pg_advisory_lock(namespace, hashtext(name))`
 * on a pool connection held for the duration (released explicitly, or by PostgreSQL when the
 * connection dies with the process); on PGlite, an embedded database only its own process can open, a
 * queue per instance.
 */
export class KeyLocks {
  private readonly local = new LocalMutex();
  private readonly slots = new Semaphore(MAX_HELD_CONNECTIONS);

  constructor(private readonly database: Database) {}

  run<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return this.local.run(name, () => this.acrossReplicas(name, fn));
  }

  private acrossReplicas<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const database = this.database;
    if (database.kind === "pglite") return embeddedQueue(database.client).run(name, fn);
    return this.slots.run(async () =>
      withAdvisoryLock(await database.pool.connect(), { space: KEY_LOCK_NAMESPACE, name }, fn),
    );
  }
}

/** The name of one key (workspace, deployment, key type): what the previous-key store is keyed by. */
export const keyLockName = (workspace: string, deployment: string, keyType: string) =>
  JSON.stringify(["key", workspace, deployment, keyType]);

/**
 * The lock name of a deployment's keys, both of them: regenerations take it. Both key types share it
 * because the If-Match a regeneration is checked against is the ETag of both keys — a Primary and a
 * Secondary regeneration sent with the same ETag must not both pass the comparison.
 */
export const keysLockName = (workspace: string, deployment: string) =>
  JSON.stringify(["keys", workspace, deployment]);
