import type { PGlite } from "@electric-sql/pglite";

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

const embedded = new WeakMap<PGlite, LocalMutex>();

/**
 * The queue that stands in for advisory locks on PGlite: an embedded database only its own process
 * can open, so every app on one PGlite instance shares one queue (by instance, never by app).
 */
export function embeddedQueue(client: PGlite): LocalMutex {
  const known = embedded.get(client);
  if (known) return known;
  const queue = new LocalMutex();
  embedded.set(client, queue);
  return queue;
}
