import type { CredentialInput } from "./connections.ts";

/**
 * A stored client secret is bound to where it may be sent: the authority that receives the secret
 * and the ARM endpoint that receives the tokens it earns. Moving either needs the secret typed again
 * in the same change, so whoever may edit a connection cannot send a secret they never saw (or its
 * token) to an address of their choosing. The BFF enforces this rule; the console explains it.
 */

/** The stored connection as the rule needs it: its endpoint and principals, never a secret. */
export interface StoredConnectionPrincipals {
  baseUrl: string;
  credential:
    | { kind: "client_secret"; authority: string; clientId: string; reader: { clientId: string } | null }
    | { kind: "managed_identity" | "unreadable" };
}

/** A change of a connection as far as the rule is concerned (absent credential: kept as stored). */
export interface ConnectionSecretsChange {
  baseUrl: string;
  credential?: CredentialInput | undefined;
}

export type SecretPath = "credential.clientSecret" | "credential.reader.clientSecret";

/**
 * Why a secret must be typed: `new_principal` — nothing is stored for this client id (or the
 * connection is new); `new_destination` — one is, but the address or authority it goes to changed.
 */
export type SecretReason = "new_principal" | "new_destination";

export interface SecretNeeded {
  path: SecretPath;
  reason: SecretReason;
}

/** An address as a destination: scheme and host as URLs compare them, no trailing slash, no fragment. */
function destinationOf(value: string): string {
  try {
    const url = new URL(value);
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}${url.search}`;
  } catch {
    return value;
  }
}

/** Whether two addresses send a credential to the same place. */
export const sameDestination = (a: string, b: string): boolean => destinationOf(a) === destinationOf(b);

/**
 * The secrets a change must carry, and why. `stored`: the connection before the change (null for a
 * new one). A managed identity has no secret to type again: only the allowed hosts bind it.
 */
export function secretsNeeded(
  stored: StoredConnectionPrincipals | null,
  change: ConnectionSecretsChange,
): SecretNeeded[] {
  const kept = stored?.credential.kind === "client_secret" ? stored.credential : null;
  const baseMoved = stored !== null && !sameDestination(stored.baseUrl, change.baseUrl);
  const input = change.credential;
  if (input === undefined) {
    if (kept === null || !baseMoved) return [];
    const paths: SecretPath[] = ["credential.clientSecret"];
    if (kept.reader) paths.push("credential.reader.clientSecret");
    return paths.map((path) => ({ path, reason: "new_destination" }));
  }
  if (input.kind !== "client_secret") return [];
  const moved = kept !== null && (baseMoved || !sameDestination(kept.authority, input.authority));
  const need = (path: SecretPath, typed: string | undefined, clientId: string, storedId?: string) => {
    if (typed !== undefined) return [];
    if (storedId !== clientId) return [{ path, reason: "new_principal" as const }];
    return moved ? [{ path, reason: "new_destination" as const }] : [];
  };
  return [
    ...need("credential.clientSecret", input.clientSecret, input.clientId, kept?.clientId),
    ...(input.reader
      ? need(
          "credential.reader.clientSecret",
          input.reader.clientSecret,
          input.reader.clientId,
          kept?.reader?.clientId,
        )
      : []),
  ];
}
