import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  randomBytes,
} from "node:crypto";
import type { SigningKey } from "../state/schema.ts";

/** A fresh ES256 (P-256) key for a workspace's tokens, as a JWK that can be persisted. */
export function createSigningKey(): SigningKey {
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const jwk = privateKey.export({ format: "jwk" });
  if (jwk.kty !== "EC" || jwk.crv !== "P-256" || !jwk.x || !jwk.y || !jwk.d) {
    throw new Error("unexpected EC JWK export");
  }
  return {
    kid: randomBytes(8).toString("hex"),
    privateJwk: { kty: "EC", crv: "P-256", x: jwk.x, y: jwk.y, d: jwk.d },
  };
}

export interface SigningKeyPair {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function importSigningKey(key: SigningKey): SigningKeyPair {
  const privateKey = createPrivateKey({ key: key.privateJwk, format: "jwk" });
  return { kid: key.kid, privateKey, publicKey: createPublicKey(privateKey) };
}
