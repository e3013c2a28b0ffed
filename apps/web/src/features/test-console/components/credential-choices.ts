import type { CredentialName } from "@keyturn/api-contract";
import type { AuthMode } from "@keyturn/auth-domain";

export interface CredentialChoice {
  credential: CredentialName;
  /** The service's auth mode makes this credential the one callers use (else: a negative test). */
  expectedToWork: boolean;
}

/**
 * The credentials worth trying for a service, the ones its auth mode accepts first. A token is only
 * offered with token auth on (none can be had otherwise); keys stay offered as negative tests.
 */
export function credentialChoices(mode: AuthMode): CredentialChoice[] {
  const accepted: Record<AuthMode, CredentialName[]> = {
    key: ["primary", "secondary"],
    token: ["token"],
    none: ["none"],
  };
  const others: Record<AuthMode, CredentialName[]> = {
    key: ["none"],
    token: ["primary", "secondary", "none"],
    none: ["primary", "secondary"],
  };
  return [
    ...accepted[mode].map((credential) => ({ credential, expectedToWork: true })),
    ...others[mode].map((credential) => ({ credential, expectedToWork: false })),
  ];
}
