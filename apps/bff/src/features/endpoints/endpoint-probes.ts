import { randomBytes } from "node:crypto";
import type { EndpointCheck, EndpointCheckName } from "@keyturn/api-contract";
import { ENTRA_SCORING_AUDIENCE, type KeyType } from "@keyturn/auth-domain";
import { generateKeyPair, SignJWT } from "jose";

/** A negative credential to try: its value is made here or held in memory, never shown. */
export interface EndpointProbe {
  check: EndpointCheckName;
  keyType: KeyType | null;
  description: string;
  credential: string | undefined;
}

/** A well-formed, unexpired JWT for Azure ML's audience, signed by a key pair made and dropped here. */
async function forgedToken(nowSeconds: number): Promise<string> {
  const { privateKey } = await generateKeyPair("ES256");
  return new SignJWT({ forged: true })
    .setProtectedHeader({ alg: "ES256", typ: "JWT", kid: randomBytes(8).toString("hex") })
    .setIssuer("https://login.microsoftonline.com/keyturn-enforcement-check/v2.0")
    .setAudience(ENTRA_SCORING_AUDIENCE)
    .setSubject("keyturn-enforcement-check")
    .setIssuedAt(nowSeconds)
    .setNotBefore(nowSeconds - 60)
    .setExpirationTime(nowSeconds + 3600)
    .sign(privateKey);
}

export async function standardEndpointProbes(nowSeconds: number): Promise<EndpointProbe[]> {
  return [
    {
      check: "no-credential",
      keyType: null,
      description: "A call without Authorization",
      credential: undefined,
    },
    {
      check: "garbage-key",
      keyType: null,
      description: "A random value shaped like a key (32 random bytes)",
      credential: randomBytes(32).toString("base64url"),
    },
    {
      check: "forged-token",
      keyType: null,
      description:
        "A well-formed, unexpired JWT for https://ml.azure.com signed by a key the BFF generated just now",
      credential: await forgedToken(nowSeconds),
    },
  ];
}

const refused = (status: number) => status === 401 || status === 403;

/** Judges one probe's answer (null: the scoring URI could not be called, with why). */
export function judge(
  probe: EndpointProbe,
  status: number | null,
  mode: string,
  why?: string,
): EndpointCheck {
  const base = {
    check: probe.check,
    keyType: probe.keyType,
    description: probe.description,
    expected: "refused" as const,
    actualStatus: status,
  };
  if (status === null)
    return { ...base, outcome: "fail", explanation: `Not verified: ${why ?? "no answer"}` };
  if (refused(status))
    return { ...base, outcome: "pass", explanation: `Refused with ${status}, as expected.` };
  const explanation =
    status >= 200 && status < 300
      ? `Accepted (${status}) although the credential is not valid: the endpoint does not enforce ${mode} authentication.`
      : `Answered ${status} instead of refusing with 401: the check is inconclusive (the endpoint may be unhealthy).`;
  return { ...base, outcome: "fail", explanation };
}

export const skippedCheck = (
  check: EndpointCheckName,
  description: string,
  explanation: string,
): EndpointCheck => ({
  check,
  keyType: null,
  description,
  expected: "refused",
  actualStatus: null,
  outcome: "skipped",
  explanation,
});
