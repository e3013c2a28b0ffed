import { randomBytes } from "node:crypto";
import { decryptText, encrypt } from "../../crypto/encryption.ts";
import { fingerprint } from "../../crypto/fingerprint.ts";

/** Bound to its row, so a sealed secret cannot be moved to another hook. */
const secretAad = (webhookId: string) => `webhooks:${webhookId}:secret`;

/** A new signing secret: 32 random bytes, prefixed so a leaked one is recognisable in a scan. */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString("base64url")}`;

/** What the row keeps of a secret: the master key's envelope and a fingerprint to name it by. */
export function sealWebhookSecret(
  keys: { masterKey: Buffer; pepper: Buffer },
  webhookId: string,
  secret: string,
) {
  return {
    encryptedSecret: encrypt(keys.masterKey, secret, secretAad(webhookId)),
    secretFingerprint: fingerprint(keys.pepper, secret),
  };
}

/** The secret to sign with; throws when the envelope was altered or the master key differs. */
export const openWebhookSecret = (masterKey: Buffer, row: { id: string; encryptedSecret: string }) =>
  decryptText(masterKey, row.encryptedSecret, secretAad(row.id));
