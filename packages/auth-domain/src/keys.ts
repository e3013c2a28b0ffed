import { z } from "zod";
import { fail, ok, type Result } from "./result.ts";

/** The two static keys of a deployment; each is regenerated on its own. */
export const KeyTypeSchema = z.enum(["Primary", "Secondary"]);
export type KeyType = z.infer<typeof KeyTypeSchema>;

export const KEY_TYPES = KeyTypeSchema.options;

/** Case-normalises user input (`primary`, ` SECONDARY `) to a key type, or says what is accepted. */
export function normalizeKeyType(input: string): Result<KeyType> {
  const folded = input.trim().toLowerCase();
  const match = KEY_TYPES.find((type) => type.toLowerCase() === folded);
  if (match) return ok(match);
  return fail({
    code: "invalid_key_type",
    message: `"${truncateForMessage(input)}" is not a key type: use "Primary" or "Secondary".`,
  });
}

/** The other key of the pair, used to explain what a regeneration leaves untouched. */
export function otherKeyType(type: KeyType): KeyType {
  return type === "Primary" ? "Secondary" : "Primary";
}

/** A fingerprint: the first 12 hex digits of HMAC-SHA256(pepper, key). Never the key. */
export const FingerprintSchema = z
  .string()
  .regex(/^[0-9a-f]{12}$/, "a fingerprint is 12 lowercase hex digits");
export type Fingerprint = z.infer<typeof FingerprintSchema>;

/** What the console knows of a key without holding its value. */
export const KeyMetadataSchema = z.object({
  keyType: KeyTypeSchema,
  fingerprint: FingerprintSchema,
  /** ISO 8601 UTC; null when the key was never rotated since the deployment was created. */
  rotatedAt: z.iso.datetime().nullable(),
  rotatedBy: z.string().nullable(),
  /** ISO 8601 UTC: when this key value first came to be (creation or last rotation). */
  issuedAt: z.iso.datetime(),
});
export type KeyMetadata = z.infer<typeof KeyMetadataSchema>;

const DAY_MS = 86_400_000;

/** Age of a key at an instant, in whole days (never negative: a clock skew is not a future key). */
export function keyAgeDays(key: Pick<KeyMetadata, "issuedAt">, at: Date): number {
  const ms = at.getTime() - Date.parse(key.issuedAt);
  return Math.max(0, Math.floor(ms / DAY_MS));
}

function truncateForMessage(input: string): string {
  // Echo a little of what was typed, never a long paste (which could be a secret).
  return input.length > 16 ? `${input.slice(0, 12)}…` : input;
}
