import {
  type CredentialInput,
  type SecretNeeded,
  type StoredConnectionPrincipals,
  secretsNeeded,
} from "@keyturn/auth-domain";
import { fingerprint } from "../../crypto/fingerprint.ts";
import { ApiError } from "../../errors/api-error.ts";
import {
  ClientSecretCredentialSchema,
  type ConnectionCredential,
  ManagedIdentityCredentialSchema,
} from "../../provider/connection-credential.ts";

/** A connection before a change: its address and stored credential (null: it cannot be read). */
export interface StoredConnection {
  baseUrl: string;
  credential: ConnectionCredential | null;
}

/** A change as far as the credential is concerned (absent credential: keep the stored one). */
export interface CredentialChange {
  baseUrl: string;
  credential?: CredentialInput | undefined;
}

function principalsOf(stored: StoredConnection): StoredConnectionPrincipals {
  const c = stored.credential;
  if (c === null) return { baseUrl: stored.baseUrl, credential: { kind: "unreadable" } };
  if (c.kind !== "client_secret")
    return { baseUrl: stored.baseUrl, credential: { kind: "managed_identity" } };
  const { authority, clientId, reader } = c.value;
  const principals = { kind: "client_secret" as const, authority, clientId, reader: reader ?? null };
  return { baseUrl: stored.baseUrl, credential: principals };
}

const MESSAGES = {
  new_principal: "required for a new client id",
  new_destination: "enter it again: the address or token issuer changed",
} as const;

/** Refuses a change that leaves out a secret it must carry (auth-domain's rule). */
function refuseMissing(needs: SecretNeeded[]): void {
  if (needs.length === 0) return;
  const errors = needs.map(({ path, reason }) => ({ path, message: MESSAGES[reason] }));
  if (needs.some((need) => need.reason === "new_destination")) {
    throw new ApiError(400, "secret_reentry_required", {
      detail:
        "The connection's address or token issuer changed: enter the client secret again (a stored secret is only sent where it was entered).",
      errors,
    });
  }
  throw ApiError.validation(errors, "A client secret is needed for this client id.");
}

/**
 * The credential to store for a change, or null to keep the stored one as it is. A secret left out
 * keeps the stored one only for the same principal, address and authority; otherwise the change is
 * refused (`secret_reentry_required` when the destination moved, `validation_failed` for a new
 * principal), so no one can send a stored secret, or the token it earns, somewhere new.
 */
export function resolveCredential(
  change: CredentialChange,
  stored: StoredConnection | null,
): ConnectionCredential | null {
  refuseMissing(secretsNeeded(stored && principalsOf(stored), change));
  const input = change.credential;
  if (input === undefined) return null;
  if (input.kind === "managed_identity") {
    const value = ManagedIdentityCredentialSchema.parse({
      type: "managed_identity",
      ...(input.clientId ? { clientId: input.clientId } : {}),
      ...(input.reader ? { reader: input.reader } : {}),
    });
    return { kind: "managed_identity", value };
  }
  // Past the rule, a secret left out is the stored one of the same principal.
  const kept = stored?.credential?.kind === "client_secret" ? stored.credential.value : null;
  const value = ClientSecretCredentialSchema.parse({
    authority: input.authority,
    clientId: input.clientId,
    clientSecret: input.clientSecret ?? kept?.clientSecret,
    ...(kept?.scope ? { scope: kept.scope } : {}),
    ...(input.reader
      ? {
          reader: {
            clientId: input.reader.clientId,
            clientSecret: input.reader.clientSecret ?? kept?.reader?.clientSecret,
          },
        }
      : {}),
  });
  return { kind: "client_secret", value };
}

/** The credential of a new connection: every secret typed (the rule against nothing stored). */
export function newCredential(input: CredentialInput, baseUrl: string): ConnectionCredential {
  const credential = resolveCredential({ baseUrl, credential: input }, null);
  if (credential === null) throw new Error("a new connection always has a credential");
  return credential;
}

/** A stored credential as the console shows it: principals and fingerprints, never a secret. */
export function describeCredential(pepper: Buffer, credential: ConnectionCredential | null) {
  if (credential === null) return { kind: "unreadable" as const };
  if (credential.kind === "client_secret") {
    const { authority, clientId, clientSecret, reader } = credential.value;
    return {
      kind: "client_secret" as const,
      authority,
      clientId,
      secretFingerprint: fingerprint(pepper, clientSecret),
      reader: reader
        ? { clientId: reader.clientId, secretFingerprint: fingerprint(pepper, reader.clientSecret) }
        : null,
    };
  }
  return {
    kind: "managed_identity" as const,
    clientId: credential.value.clientId ?? null,
    reader: credential.value.reader ?? null,
  };
}
