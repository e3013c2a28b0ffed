import { hash, randomBytes, timingSafeEqual } from "node:crypto";

/** A new service key: 32 bytes (256 bits) from the CSPRNG, base64url. */
export function generateServiceKey(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * One-shot SHA-256 as bytes. `crypto.hash` to text and back is measurably faster on Node 20 than
 * `createHash()` or `hash(…, "buffer")` for short inputs, and this runs on every key-auth call.
 */
export function sha256(value: string): Buffer {
  return Buffer.from(hash("sha256", value, "base64url"), "base64url");
}

/** SHA-256 as base64url text: a map key for a secret that must not be kept itself. */
export function sha256Text(value: string): string {
  return hash("sha256", value, "base64url");
}

/**
 * Whether a presented key equals either stored key, in constant time: both sides are SHA-256 digests
 * of equal length, and both comparisons always run, so timing tells neither a prefix nor which key.
 */
export function matchesEitherKey(presented: string, primaryDigest: Buffer, secondaryDigest: Buffer): boolean {
  const digest = sha256(presented);
  const primary = timingSafeEqual(digest, primaryDigest);
  const secondary = timingSafeEqual(digest, secondaryDigest);
  return primary || secondary;
}
