import type { Database } from "../../db/client.ts";

/** Namespace of the per-key advisory locks (the audit chain's lock is a single-key lock of its own). */
export const KEY_LOCK_NAMESPACE = 4_711_010;

/** Runs `fn` once every call queued before it on the same name has settled: one queue per name. */
export class LocalMutex {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(name) ?? Promise.resolve();
    const result = previous.then(fn);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(name, tail);
    void tail.then(() => {
      if (this.tails.get(name) === tail) this.tails.delete(name);
    });
    return result;
  }
}

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

/** PGlite runs inside one process: every app on one PGlite instance shares this queue. */
const embeddedLocks = new WeakMap<object, LocalMutex>();

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
    if (database.kind === "pglite") {
      const queue = embeddedLocks.get(database.client) ?? new LocalMutex();
      embeddedLocks.set(database.client, queue);
      return queue.run(name, fn);
    }
    return this.slots.run(async () => {
      const client = await database.pool.connect();
      let broken = false;
      try {
        await client
          .query("select pg_advisory_lock($1, hashtext($2))", [KEY_LOCK_NAMESPACE, name])
          .catch((err: unknown) => {
            broken = true;
            throw err;
          });
        try {
          return await fn();
        } finally {
          await client
            .query("select pg_advisory_unlock($1, hashtext($2))", [KEY_LOCK_NAMESPACE, name])
            .catch(() => {
              broken = true; // destroying the connection releases its locks
            });
        }
      } finally {
        client.release(broken);
      }
    });
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
