import { createHash } from "node:crypto";
import type { ServiceKeys } from "@keyturn/azureml-rest";
import { fingerprint } from "../../crypto/fingerprint.ts";

/** Both keys' fingerprints; null for a key the service does not have. */
export interface KeyFingerprints {
  primary: string | null;
  secondary: string | null;
}

/**
 * A strong ETag (RFC 9110 §8.8.3) of a deployment's keys: SHA-256 over "primary|secondary"
 * fingerprints (a missing key counts as empty), base64url, quoted — the deployment ETag's style. Built
 * from fingerprints only, never from a value; any regeneration, through any client, moves it.
 */
export function keysEtag({ primary, secondary }: KeyFingerprints): string {
  const basis = `${primary ?? ""}|${secondary ?? ""}`;
  return `"${createHash("sha256").update(basis).digest("base64url").slice(0, 27)}"`;
}

/** Both keys' fingerprints from one listkeys answer (the values stay in the caller's hands). */
export const keyFingerprints = (pepper: Buffer, keys: ServiceKeys): KeyFingerprints => ({
  primary: keys.primaryKey ? fingerprint(pepper, keys.primaryKey) : null,
  secondary: keys.secondaryKey ? fingerprint(pepper, keys.secondaryKey) : null,
});

/** The ETag of one listkeys answer. */
export const keysEtagOf = (pepper: Buffer, keys: ServiceKeys): string =>
  keysEtag(keyFingerprints(pepper, keys));
