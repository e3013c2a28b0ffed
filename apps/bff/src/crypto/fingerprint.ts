import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * A key's fingerprint: the first 12 hex digits (48 bits) of HMAC-SHA256(pepper, key). Enough to tell
 * keys apart in the console and the audit log; without the server's pepper it reveals nothing and
 * cannot be brute-forced offline (Vault's audit HMAC).
 */
export function fingerprint(pepper: Buffer, secret: string): string {
  return createHmac("sha256", pepper).update(secret, "utf8").digest("hex").slice(0, 12);
}

/**
 * Constant-time equality of two secrets. Both are first hashed to a fixed length with HMAC under a
 * per-call random key, so neither the content nor the length leaks through timing.
 */
export function constantTimeEqual(a: string | Buffer, b: string | Buffer): boolean {
  const key = crypto.getRandomValues(new Uint8Array(32));
  const digest = (value: string | Buffer) => createHmac("sha256", key).update(value).digest();
  return timingSafeEqual(digest(a), digest(b));
}
