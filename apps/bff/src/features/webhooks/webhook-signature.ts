import { createHmac } from "node:crypto";
import { constantTimeEqual } from "../../crypto/fingerprint.ts";

export const SIGNATURE_HEADER = "Keyturn-Signature";
export const TIMESTAMP_HEADER = "Keyturn-Timestamp";

/**
 * The signature of one attempt: HMAC-SHA256 under the hook's secret over `<timestamp>.<body>` — the
 * attempt's epoch seconds, a dot, then the body's exact bytes as sent. Covering the timestamp lets a
 * receiver refuse an old message replayed later; covering the bytes (never a re-serialised object)
 * lets it verify before parsing.
 */
export function signWebhook(secret: string, timestamp: number, body: string | Buffer): string {
  const mac = createHmac("sha256", secret);
  mac.update(`${timestamp}.`, "utf8");
  mac.update(body);
  return `sha256=${mac.digest("hex")}`;
}

/** The headers of one attempt: its timestamp and signature. */
export function signatureHeaders(secret: string, timestamp: number, body: string): Record<string, string> {
  return { [TIMESTAMP_HEADER]: String(timestamp), [SIGNATURE_HEADER]: signWebhook(secret, timestamp, body) };
}

export interface VerifyInput {
  secret: string;
  /** The raw body bytes as received (before any JSON parsing). */
  body: string | Buffer;
  /** The `Keyturn-Timestamp` and `Keyturn-Signature` headers as received. */
  timestamp: string | null | undefined;
  signature: string | null | undefined;
  /** The receiver's clock, epoch seconds. */
  nowSeconds: number;
  /** How old a message may be (default 300 s): older ones, and ones from the future, are refused. */
  toleranceSeconds?: number;
}

/**
 * What a receiver runs (documented in the BFF README): the timestamp within tolerance, then the
 * expected signature compared in constant time. Returns why it is refused, or null when genuine.
 */
export function verifyWebhook(input: VerifyInput): "malformed" | "stale" | "mismatch" | null {
  const { timestamp, signature, nowSeconds, toleranceSeconds = 300 } = input;
  if (!timestamp || !/^\d{1,12}$/.test(timestamp) || !signature?.startsWith("sha256=")) return "malformed";
  if (Math.abs(nowSeconds - Number(timestamp)) > toleranceSeconds) return "stale";
  const expected = signWebhook(input.secret, Number(timestamp), input.body);
  return constantTimeEqual(expected, signature) ? null : "mismatch";
}
