import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * AES-256-GCM for secrets at rest (workspace credentials). Each value gets a fresh random 12-byte IV;
 * the 16-byte tag authenticates the ciphertext and the optional associated data (bind a value to its
 * row, e.g. `connections:<id>:credential`, so ciphertexts cannot be swapped between rows).
 *
 * Envelope (text, safe in any column): `v1.<base64url iv>.<base64url ciphertext‖tag>`.
 */
const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class DecryptionError extends Error {
  override name = "DecryptionError";
}

function assertKey(key: Buffer): void {
  if (key.length !== 32) throw new Error("AES-256-GCM needs a 32-byte key");
}

export function encrypt(key: Buffer, plaintext: string | Buffer, associatedData?: string): string {
  assertKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  if (associatedData !== undefined) cipher.setAAD(Buffer.from(associatedData, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return `${VERSION}.${iv.toString("base64url")}.${body.toString("base64url")}`;
}

/** The plaintext bytes; DecryptionError when the envelope, key, tag or associated data is wrong. */
export function decrypt(key: Buffer, envelope: string, associatedData?: string): Buffer {
  assertKey(key);
  const [version, ivText, bodyText, ...rest] = envelope.split(".");
  if (version !== VERSION || ivText === undefined || bodyText === undefined || rest.length > 0) {
    throw new DecryptionError("not an encrypted value");
  }
  const iv = Buffer.from(ivText, "base64url");
  const body = Buffer.from(bodyText, "base64url");
  if (iv.length !== IV_BYTES || body.length < TAG_BYTES) throw new DecryptionError("not an encrypted value");
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
    if (associatedData !== undefined) decipher.setAAD(Buffer.from(associatedData, "utf8"));
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
    return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]);
  } catch (err) {
    throw new DecryptionError("the value was altered or the key is wrong", { cause: err });
  }
}

export const decryptText = (key: Buffer, envelope: string, associatedData?: string): string =>
  decrypt(key, envelope, associatedData).toString("utf8");
