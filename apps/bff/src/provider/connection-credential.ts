import { z } from "zod";
import { decryptText } from "../crypto/encryption.ts";
import { credentialAad } from "../db/seed.ts";

/** Azure Resource Manager's scope: every token the BFF asks for its workspaces has this audience. */
export const MANAGEMENT_SCOPE = "https://management.azure.com/.default";

const Secret = z.string().min(1).max(1000);
const ClientId = z.string().min(1).max(200);

/**
 * `credential_kind = client_secret`: an app registration (Entra) or a dev-idp service principal.
 * `reader`: an optional Reader-level principal of the same authority, used for token calls only.
 */
export const ClientSecretCredentialSchema = z.object({
  authority: z.url(),
  clientId: ClientId,
  clientSecret: Secret,
  scope: z.string().min(1).default(MANAGEMENT_SCOPE),
  reader: z.object({ clientId: ClientId, clientSecret: Secret }).optional(),
});
export type ClientSecretCredentialConfig = z.infer<typeof ClientSecretCredentialSchema>;

/**
 * `credential_kind = managed_identity`: the host's managed identity (optionally a user-assigned one by
 * client id). On AKS the same credential takes workload identity's federated token from the
 * environment the workload identity webhook sets (`AZURE_FEDERATED_TOKEN_FILE`).
 */
export const ManagedIdentityCredentialSchema = z.object({
  type: z.literal("managed_identity"),
  clientId: ClientId.optional(),
  reader: z.object({ clientId: ClientId }).optional(),
});
export type ManagedIdentityCredentialConfig = z.infer<typeof ManagedIdentityCredentialSchema>;

export type ConnectionCredential =
  | { kind: "client_secret"; value: ClientSecretCredentialConfig }
  | { kind: "managed_identity"; value: ManagedIdentityCredentialConfig };

export class CredentialConfigError extends Error {
  override name = "CredentialConfigError";
}

/**
 * Decrypts and parses a connection's stored credential (bound to its row by the associated data).
 * Errors name the connection, never a value.
 */
export function readConnectionCredential(
  masterKey: Buffer,
  row: { id: string; credentialKind: string; encryptedCredential: string | null },
): ConnectionCredential {
  if (row.credentialKind === "managed_identity" && row.encryptedCredential === null) {
    return { kind: "managed_identity", value: { type: "managed_identity" } };
  }
  if (row.encryptedCredential === null) {
    throw new CredentialConfigError(`connection ${row.id} has no stored credential`);
  }
  let json: unknown;
  try {
    json = JSON.parse(decryptText(masterKey, row.encryptedCredential, credentialAad(row.id)));
  } catch (cause) {
    throw new CredentialConfigError(`connection ${row.id}: the credential cannot be decrypted`, { cause });
  }
  const schema =
    row.credentialKind === "client_secret" ? ClientSecretCredentialSchema : ManagedIdentityCredentialSchema;
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => i.path.join(".") || "(root)").join(", ");
    throw new CredentialConfigError(`connection ${row.id}: the credential is not valid (${where})`);
  }
  return row.credentialKind === "client_secret"
    ? { kind: "client_secret", value: parsed.data as ClientSecretCredentialConfig }
    : { kind: "managed_identity", value: parsed.data as ManagedIdentityCredentialConfig };
}
