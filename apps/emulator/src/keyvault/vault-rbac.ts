import type { VaultRecord } from "./vault-state.ts";

/** Key Vault's RBAC data actions on secrets that the emulator's calls need. */
export const SECRET_DATA_ACTIONS = {
  getSecret: "Microsoft.KeyVault/vaults/secrets/getSecret/action",
  setSecret: "Microsoft.KeyVault/vaults/secrets/setSecret/action",
  readMetadata: "Microsoft.KeyVault/vaults/secrets/readMetadata/action",
} as const;
export type SecretDataAction = keyof typeof SECRET_DATA_ACTIONS;

/**
 * Azure's built-in Key Vault roles, by the secret data actions they grant: the Officer manages
 * secrets (`secrets/*`), the User reads values and their metadata, the Reader only metadata.
 */
export const VAULT_ROLES = {
  "Key Vault Secrets Officer": ["getSecret", "setSecret", "readMetadata"],
  "Key Vault Secrets User": ["getSecret", "readMetadata"],
  "Key Vault Reader": ["readMetadata"],
} as const satisfies Record<string, readonly SecretDataAction[]>;
export type VaultRole = keyof typeof VAULT_ROLES;

/** Principal (application id, or a user's object id) → role on every vault. */
export type VaultRoleAssignments = Readonly<Record<string, VaultRole>>;

/** The BFF's identity publishes keys; the reader (a caller of the endpoints) reads them. */
export const DEFAULT_VAULT_ROLE_ASSIGNMENTS: VaultRoleAssignments = {
  "keyturn-bff": "Key Vault Secrets Officer",
  "keyturn-reader": "Key Vault Secrets User",
};

export interface VaultCaller {
  appId: string | null;
  objectId: string | null;
}

/** The caller's role: by application id first, then by object id. */
export function roleOf(assignments: VaultRoleAssignments, caller: VaultCaller): VaultRole | undefined {
  for (const id of [caller.appId, caller.objectId]) {
    if (id !== null && Object.hasOwn(assignments, id)) return assignments[id];
  }
  return undefined;
}

export function isAllowed(
  assignments: VaultRoleAssignments,
  caller: VaultCaller,
  action: SecretDataAction,
): boolean {
  const role = roleOf(assignments, caller);
  return role !== undefined && (VAULT_ROLES[role] as readonly SecretDataAction[]).includes(action);
}

/** The vault's ARM resource id (what Key Vault's 403 names as the resource, with the secret under it). */
export const vaultResourceId = (vault: VaultRecord) =>
  `/subscriptions/${vault.subscriptionId}/resourceGroups/${vault.resourceGroup}/providers/Microsoft.KeyVault/vaults/${vault.name}`;
