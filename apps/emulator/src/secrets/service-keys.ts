import { randomBytes } from "node:crypto";

/** A new service key: 32 bytes (256 bits) from the CSPRNG, base64url. */
export function generateServiceKey(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * Keys are not of one fixed length: generated ones have 43 characters, but `regenerateKeys` and create
 * accept a chosen key of 16–256 characters (auth-domain's key rule). So both keys sit in slots of one
 * width, 256 characters (wider only for a longer key saved before that rule), and the length takes
 * part in the comparison like any character.
 */
const SLOT_CHARS = 256;

/**
 * A service's two current keys, prepared for the data plane's hot path (built once per change of the
 * service, so a regenerated key is out at once).
 *
 * `matches` is constant-time with respect to the stored keys: the presented key is compared with
 * both keys, always, character by character over the presented length, OR-ing differences into an
 * accumulator, with no early exit and no branch on secret data; the lengths are folded in the same
 * way. Its running time depends on the presented length only (which the caller knows), not on where
 * a key differs, on either key's length, or on which key matched. A presented value longer than the
 * slot is refused at once: that tells only that keys have at most 256 characters, the public limit
 * (for a key over 256 characters, possible only in state saved before the key rule, the slot widens
 * to its length, which then becomes observable; such a key's strength is its content, not its length).
 *
 * Why not SHA-256 digests + `crypto.timingSafeEqual` (the earlier scheme) or `timingSafeEqual` on
 * the raw bytes: each is a call into native code per request, and in the running server (cold
 * caches, a loaded machine) those calls cost several times the whole JS loop (docs/benchmarks.md).
 * The loop is the usual constant-time comparison (XOR, OR-accumulate); it compares UTF-16 code
 * units, so it is exact string equality, with no encoding step in between.
 */
export class ServiceKeyPair {
  private readonly slotChars: number;
  private readonly primary: Uint16Array;
  private readonly secondary: Uint16Array;
  private readonly primaryLength: number;
  private readonly secondaryLength: number;

  constructor(primaryKey: string, secondaryKey: string) {
    this.slotChars = Math.max(SLOT_CHARS, primaryKey.length, secondaryKey.length);
    this.primary = this.slot(primaryKey);
    this.secondary = this.slot(secondaryKey);
    this.primaryLength = primaryKey.length;
    this.secondaryLength = secondaryKey.length;
  }

  /** Whether `presented` equals the primary or the secondary key (constant-time, see above). */
  matches(presented: string): boolean {
    const n = presented.length;
    if (n > this.slotChars) return false;
    const primary = this.primary;
    const secondary = this.secondary;
    let primaryDiff = n ^ this.primaryLength;
    let secondaryDiff = n ^ this.secondaryLength;
    for (let i = 0; i < n; i++) {
      const c = presented.charCodeAt(i);
      // i < n ≤ slot width: always defined (the `?? 0` never takes effect).
      primaryDiff |= c ^ (primary[i] ?? 0);
      secondaryDiff |= c ^ (secondary[i] ?? 0);
    }
    const isPrimary = primaryDiff === 0;
    const isSecondary = secondaryDiff === 0;
    return isPrimary || isSecondary;
  }

  /** A key's UTF-16 code units, zero-padded to the slot width. */
  private slot(key: string): Uint16Array {
    const units = new Uint16Array(this.slotChars);
    for (let i = 0; i < key.length; i++) units[i] = key.charCodeAt(i);
    return units;
  }
}
