import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from "node:crypto";
import { readFile } from "node:fs/promises";
import { createSecretFileOnce } from "../../crypto/key-material.ts";
import type { Config } from "../../env.ts";

/** The Ed25519 key that signs audit checkpoints, and how others recognise it. */
export interface CheckpointKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** SPKI PEM: shipped with every downloaded checkpoint. */
  publicKeyPem: string;
  /** First 16 hex of SHA-256 over the SPKI DER. */
  keyId: string;
}

const cache = new Map<string, Promise<CheckpointKey>>();

/**
 * The checkpoint key from config: KEYTURN_AUDIT_CHECKPOINT_KEY (PKCS#8 PEM, or base64 of the DER),
 * else `<dataDir>/bff/checkpoint-ed25519.pem`, created on first run (mode 0600, written aside and
 * hard-linked into place so replicas sharing the folder agree). Loaded once per process.
 */
export function checkpointKey(config: Config["audit"]): Promise<CheckpointKey> {
  const id =
    config.checkpointKey === null ? `file:${config.checkpointKeyFile}` : `env:${config.checkpointKey}`;
  let key = cache.get(id);
  if (!key) {
    key = loadCheckpointKey(config);
    key.catch(() => cache.delete(id));
    cache.set(id, key);
  }
  return key;
}

/** Reads (or creates) the key without the per-process cache. */
export async function loadCheckpointKey(config: Config["audit"]): Promise<CheckpointKey> {
  const privateKey =
    config.checkpointKey === null
      ? createPrivateKey(await readOrCreatePem(config.checkpointKeyFile))
      : parseKey(config.checkpointKey);
  if (privateKey.asymmetricKeyType !== "ed25519") {
    throw new Error("the audit checkpoint key must be an Ed25519 private key");
  }
  const publicKey = createPublicKey(privateKey);
  const der = publicKey.export({ type: "spki", format: "der" });
  return {
    privateKey,
    publicKey,
    publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
    keyId: createHash("sha256").update(der).digest("hex").slice(0, 16),
  };
}

function parseKey(value: string): KeyObject {
  const text = value.trim();
  if (text.startsWith("-----BEGIN")) return createPrivateKey(text.replaceAll("\\n", "\n"));
  return createPrivateKey({ key: Buffer.from(text, "base64"), format: "der", type: "pkcs8" });
}

async function readOrCreatePem(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  const { privateKey } = generateKeyPairSync("ed25519");
  await createSecretFileOnce(file, privateKey.export({ type: "pkcs8", format: "pem" }).toString());
  return readFile(file, "utf8");
}
