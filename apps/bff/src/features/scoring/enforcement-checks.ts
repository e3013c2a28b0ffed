import { type KeyType, toEpochSeconds } from "@keyturn/auth-domain";
import { SAMPLE_SCORING_INPUT } from "@keyturn/azureml-rest";
import { ApiError } from "../../errors/api-error.ts";
import type { DeploymentTarget } from "./deployment-target.ts";
import { forgeToken, garbageKey } from "./forged-token.ts";
import { callScoringUri } from "./scoring-call.ts";

export type CheckName = "no-credential" | "garbage-key" | "forged-token" | "previous-key";
export type CheckOutcome = "pass" | "fail" | "skipped";

export interface CheckResult {
  check: CheckName;
  keyType: KeyType | null;
  description: string;
  /** Every check expects a refusal: 401 (or 403). */
  expected: "refused";
  actualStatus: number | null;
  outcome: CheckOutcome;
  explanation: string;
}

/** A negative credential to try: its value is made here or held in memory, never shown. */
export interface Probe {
  check: CheckName;
  keyType: KeyType | null;
  description: string;
  credential: string | undefined;
}

/** The standard probes: no credential, a random key, a token signed by a key pair made on the spot. */
export async function standardProbes(target: DeploymentTarget, now: Date): Promise<Probe[]> {
  const audience = target.service.id ?? target.service.scoringUri ?? target.service.name;
  const issuer = `https://${target.provider.region}.api.azureml.ms/${target.provider.name}`;
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
      credential: garbageKey(),
    },
    {
      check: "forged-token",
      keyType: null,
      description: "A well-formed, unexpired JWT signed by a key the BFF generated just now",
      credential: await forgeToken(audience, issuer, toEpochSeconds(now)),
    },
  ];
}

const refused = (status: number) => status === 401 || status === 403;

/** Sends one probe to the scoring URI and judges the answer. */
export async function runProbe(
  probe: Probe,
  target: DeploymentTarget,
  scoringUri: string,
  signal: AbortSignal,
): Promise<CheckResult> {
  const base = {
    check: probe.check,
    keyType: probe.keyType,
    description: probe.description,
    expected: "refused" as const,
  };
  try {
    const answer = await callScoringUri({
      scoringUri,
      credential: probe.credential,
      body: SAMPLE_SCORING_INPUT,
      region: target.provider.region,
      signal,
    });
    if (refused(answer.status)) {
      return {
        ...base,
        actualStatus: answer.status,
        outcome: "pass",
        explanation: `Refused with ${answer.status}, as expected.`,
      };
    }
    return {
      ...base,
      actualStatus: answer.status,
      outcome: "fail",
      explanation: failure(target, answer.status),
    };
  } catch (err) {
    const detail =
      err instanceof ApiError && err.detail ? err.detail : "The scoring URI could not be called.";
    return { ...base, actualStatus: null, outcome: "fail", explanation: `Not verified: ${detail}` };
  }
}

function failure(target: DeploymentTarget, status: number): string {
  if (target.mode === "none") {
    return (
      `Answered ${status}: authentication is OFF on this deployment, so enforcement is off and the ` +
      "scoring URI serves anyone who can reach it. Turn key or token authentication on."
    );
  }
  if (status >= 200 && status < 300) {
    return `Accepted (${status}) although the credential is not valid: the deployment does not enforce ${target.mode} authentication.`;
  }
  return `Answered ${status} instead of refusing with 401: the check is inconclusive (the service may be unhealthy).`;
}

/** A check that could not run (e.g. no previous key held), with the reason. */
export const skipped = (
  check: CheckName,
  keyType: KeyType | null,
  description: string,
  explanation: string,
): CheckResult => ({
  check,
  keyType,
  description,
  expected: "refused",
  actualStatus: null,
  outcome: "skipped",
  explanation,
});
