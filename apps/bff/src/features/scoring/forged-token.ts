import { randomBytes } from "node:crypto";
import { generateKeyPair, SignJWT } from "jose";

/**
 * A well-formed, unexpired JWT that no workspace issued: signed with a key pair generated here and
 * thrown away. A service enforcing tokens must refuse it (the signature does not verify).
 */
export async function forgeToken(audience: string, issuer: string, nowSeconds: number): Promise<string> {
  const { privateKey } = await generateKeyPair("ES256");
  return new SignJWT({ forged: true })
    .setProtectedHeader({ alg: "ES256", typ: "JWT", kid: randomBytes(8).toString("hex") })
    .setIssuer(issuer)
    .setAudience(audience)
    .setSubject("keyturn-enforcement-check")
    .setIssuedAt(nowSeconds)
    .setNotBefore(nowSeconds - 60)
    .setExpirationTime(nowSeconds + 3600)
    .sign(privateKey);
}

/** A random value shaped like a service key (32 bytes, base64url) that is no one's key. */
export const garbageKey = () => randomBytes(32).toString("base64url");
