import { LRUCache } from "lru-cache";

/** A bounded cache of answers that live `ttlMs`: a failed load is not kept, concurrent ones share one. */
export interface TtlCache<K, V> {
  get(key: K, load: () => Promise<V>): Promise<V>;
}

export function ttlCache<V>(options: { max: number; ttlMs: number; now: () => number }): TtlCache<string, V> {
  const cache = new LRUCache<string, Promise<V>>({
    max: options.max,
    ttl: options.ttlMs,
    ttlResolution: 0,
    perf: { now: options.now },
  });
  return {
    get(key, load) {
      const known = cache.get(key);
      if (known) return known;
      const loading = load();
      cache.set(key, loading);
      loading.catch(() => {
        if (cache.peek(key) === loading) cache.delete(key);
      });
      return loading;
    },
  };
}
