import { KeyTypeSchema, WorkspaceTokenSchema } from "@keyturn/auth-domain";
import { z } from "zod";

/** POST …/services/{name}/listkeys */
export const ServiceKeysSchema = z.object({
  primaryKey: z.string().nullable(),
  secondaryKey: z.string().nullable(),
});
export type ServiceKeys = z.infer<typeof ServiceKeysSchema>;

/** POST …/services/{name}/regenerateKeys. `keyValue` null → the service generates one. */
export const RegenerateKeyBodySchema = z.object({
  keyType: KeyTypeSchema,
  keyValue: z.string().min(16).max(256).nullable().optional(),
});
export type RegenerateKeyBody = z.infer<typeof RegenerateKeyBodySchema>;

/** POST …/services/{name}/token (epoch seconds). */
export const TokenResponseSchema = WorkspaceTokenSchema;
export type TokenResponse = z.infer<typeof TokenResponseSchema>;
