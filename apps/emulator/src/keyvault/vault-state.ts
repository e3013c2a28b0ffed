import { z } from "zod";

// The persisted Key Vault state (`<dataDir>/emulator-keyvault/vaults.json`), beside the v1 store:
// each vault with its secrets and every version of each. Wire shapes are built from it in wire.ts.

/** One version of a secret. Times are Unix seconds, as Key Vault writes them. */
export const SecretVersionRecordSchema = z.object({
  /** 32 lowercase hex characters, as Key Vault's. */
  version: z.string(),
  value: z.string(),
  contentType: z.string().nullable(),
  tags: z.record(z.string(), z.string()).nullable(),
  enabled: z.boolean(),
  notBefore: z.number().int().nullable(),
  expires: z.number().int().nullable(),
  created: z.number().int(),
  updated: z.number().int(),
});
export type SecretVersionRecord = z.infer<typeof SecretVersionRecordSchema>;

export const SecretRecordSchema = z.object({
  /** As first written; names compare without case. */
  name: z.string(),
  /** Oldest first; the last is the current version. */
  versions: z.array(SecretVersionRecordSchema).min(1),
});
export type SecretRecord = z.infer<typeof SecretRecordSchema>;

export const VaultRecordSchema = z.object({
  name: z.string(),
  /** The workspace it was created for (one vault per seeded workspace). */
  workspaceId: z.string(),
  subscriptionId: z.string(),
  resourceGroup: z.string(),
  location: z.string(),
  secrets: z.array(SecretRecordSchema),
});
export type VaultRecord = z.infer<typeof VaultRecordSchema>;

export const VaultStateFileSchema = z.object({
  version: z.literal(1),
  vaults: z.array(VaultRecordSchema),
});
export type VaultStateFile = z.infer<typeof VaultStateFileSchema>;
