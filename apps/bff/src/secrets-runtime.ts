import type { KeyMaterial } from "./crypto/key-material.ts";
import type { Database } from "./db/client.ts";
import type { Notifier } from "./db/notify.ts";
import { KeyLocks, PreviousKeys } from "./features/keys/public.ts";
import { TokenCache } from "./features/tokens/public.ts";

/**
 * The state of one BFF process around secrets: workspace tokens cached until refreshAfter (a drop
 * reaches every replica through the notifier), the value a regeneration replaced (for the previous-key
 * check, 15 minutes, in the database) and the per-key locks. One per app built, never shared between
 * two apps in one process.
 */
export interface SecretsRuntime {
  tokens: TokenCache;
  previousKeys: PreviousKeys;
  keyLocks: KeyLocks;
}

/** Built once per app (`createBff`, or a test's app) and carried in `AppDeps.secrets`. */
export function createSecretsRuntime(
  keys: KeyMaterial,
  database: Database,
  now: () => Date,
  notifier?: Notifier,
): SecretsRuntime {
  return {
    tokens: new TokenCache(keys.masterKey, now, notifier),
    previousKeys: new PreviousKeys(keys.masterKey, database.db, now),
    keyLocks: new KeyLocks(database),
  };
}
