import type { AppDeps } from "./app-env.ts";
import { KeyLocks, PreviousKeys } from "./features/keys/public.ts";
import { TokenCache } from "./features/tokens/public.ts";

/**
 * The in-memory state of one BFF process around secrets: workspace tokens cached until refreshAfter,
 * the value a regeneration replaced (for the previous-key check, 15 minutes) and the per-key locks.
 * One per `AppDeps` (one per app built), created on first use.
 */
export interface SecretsRuntime {
  tokens: TokenCache;
  previousKeys: PreviousKeys;
  keyLocks: KeyLocks;
}

const runtimes = new WeakMap<AppDeps, SecretsRuntime>();

export function secretsRuntime(deps: AppDeps): SecretsRuntime {
  let runtime = runtimes.get(deps);
  if (!runtime) {
    runtime = {
      tokens: new TokenCache(deps.keys.masterKey, deps.now),
      previousKeys: new PreviousKeys(deps.keys.masterKey, deps.now),
      keyLocks: new KeyLocks(deps.database),
    };
    runtimes.set(deps, runtime);
  }
  return runtime;
}
