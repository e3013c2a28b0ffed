import { generateKeyPairSync } from "node:crypto";
import { calculateJwkThumbprint } from "jose";
import { z } from "zod";
import { readIfExists, writeFileAtomic } from "./files.ts";

// Private RSA JWKs; a loose object keeps the CRT parameters (p, q, dp, dq, qi) we do not name here.
const PrivateRsaJwkSchema = z.looseObject({
  kty: z.literal("RSA"),
  kid: z.string().min(1),
  alg: z.literal("RS256"),
  use: z.literal("sig"),
  n: z.string().min(1),
  e: z.string().min(1),
  d: z.string().min(1),
});

const JwksFileSchema = z.object({ keys: z.array(PrivateRsaJwkSchema).min(1) });
export type SigningJwks = z.infer<typeof JwksFileSchema>;

/**
 * The provider's signing keys (RS256), persisted to `jwks.json` so tokens issued before a restart
 * still verify after it. A corrupt file is an error, not a silent new key: that would invalidate
 * every token the other services hold.
 */
export async function loadOrCreateSigningKeys(file: string): Promise<SigningJwks> {
  const existing = await readIfExists(file);
  if (existing !== undefined) {
    const parsed = JwksFileSchema.safeParse(JSON.parse(existing));
    if (!parsed.success) throw new Error(`${file} is not a valid dev-idp JWKS: ${parsed.error.message}`);
    return parsed.data;
  }
  const jwks: SigningJwks = { keys: [await createRs256Key()] };
  await writeFileAtomic(file, `${JSON.stringify(jwks, null, 2)}\n`);
  return jwks;
}

async function createRs256Key(): Promise<SigningJwks["keys"][number]> {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = privateKey.export({ format: "jwk" });
  const { n, e, d } = jwk;
  if (!n || !e || !d) throw new Error("RSA key export lacks n, e or d");
  const kid = await calculateJwkThumbprint({ kty: "RSA", n, e });
  return { ...jwk, kty: "RSA", kid, alg: "RS256", use: "sig", n, e, d };
}
