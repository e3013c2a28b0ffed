// What the rest of the BFF may use of this capability; everything else in the folder is its own.
export { KeyLocks, keyLockName, keysLockName } from "./key-lock.ts";
export { keyRows, recordRotation } from "./key-metadata-store.ts";
export { keyValue, keyValueOf, listKeyValues } from "./key-values.ts";
export { PREVIOUS_KEY_WINDOW_MS, PreviousKeys } from "./previous-keys.ts";
