import type { CredentialInput } from "@keyturn/auth-domain";
import { fingerprint } from "../crypto/fingerprint.ts";
import { ApiError } from "../errors/api-error.ts";
import {
  ClientSecretCredentialSchema,
  type ConnectionCredential,
  ManagedIdentityCredentialSchema,
} from "../provider/connection-credential.ts";

/**
 * The credential to store for what an administrator typed. A client secret left out keeps the one
 * stored for the same principal (so editing a connection never needs the secret again); for a new
 * principal, or a new connection, it is required.
 */
export function resolveCredential(
  input: CredentialInput,
  current: ConnectionCredential | null,
): ConnectionCredential {
  if (input.kind === "managed_identity") {
    const value = ManagedIdentityCredentialSchema.parse({
      type: "managed_identity",
      ...(input.clientId ? { clientId: input.clientId } : {}),
      ...(input.reader ? { reader: input.reader } : {}),
    });
    return { kind: "managed_identity", value };
  }
  const stored = current?.kind === "client_secret" ? current.value : null;
  const keep = (clientId: string, storedId: string | undefined, storedSecret: string | undefined) =>
    storedId === clientId ? storedSecret : undefined;
  const clientSecret = input.clientSecret ?? keep(input.clientId, stored?.clientId, stored?.clientSecret);
  const readerSecret =
    input.reader &&
    (input.reader.clientSecret ??
      keep(input.reader.clientId, stored?.reader?.clientId, stored?.reader?.clientSecret));
  const missing = [
    ...(clientSecret === undefined ? ["credential.clientSecret"] : []),
    ...(input.reader && readerSecret === undefined ? ["credential.reader.clientSecret"] : []),
  ];
  if (missing.length > 0) {
    throw ApiError.validation(
      missing.map((path) => ({ path, message: "required for a new client id" })),
      "A client secret is needed for this client id.",
    );
  }
  const value = ClientSecretCredentialSchema.parse({
    authority: input.authority,
    clientId: input.clientId,
    clientSecret,
    ...(stored?.scope ? { scope: stored.scope } : {}),
    ...(input.reader ? { reader: { clientId: input.reader.clientId, clientSecret: readerSecret } } : {}),
  });
  return { kind: "client_secret", value };
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
  if (credential.value.type !== "managed_identity") return { kind: "unreadable" as const };
  return {
    kind: "managed_identity" as const,
    clientId: credential.value.clientId ?? null,
    reader: credential.value.reader ?? null,
  };
}
