import { KeyTypeSchema } from "@keyturn/auth-domain";
import { z } from "zod";

/** POST …/onlineEndpoints/{name}/listKeys (EndpointAuthKeys): either key may be null. */
export const EndpointKeysSchema = z.object({
  primaryKey: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
  secondaryKey: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
});
export type EndpointKeys = z.infer<typeof EndpointKeysSchema>;

/**
 * POST …/onlineEndpoints/{name}/regenerateKeys. `keyValue` absent → Azure generates the key; a
 * chosen value is bounded as v1's is (its strength is auth-domain's rule, checked by the caller).
 */
export const RegenerateEndpointKeyBodySchema = z.strictObject({
  keyType: KeyTypeSchema,
  keyValue: z.string().min(16).max(256).optional(),
});
export type RegenerateEndpointKeyBody = z.infer<typeof RegenerateEndpointKeyBodySchema>;

const EpochSecondsSchema = z.number().int().min(0);

/**
 * POST …/onlineEndpoints/{name}/token (EndpointAuthToken): an AML token and its times in Unix epoch
 * seconds. The spec lets every field be absent; a token without its value or expiry cannot be used,
 * so those are required. `refreshAfterTimeUtc` absent or 0 (the spec's default) means no advice
 * earlier than the expiry; `tokenType` absent is a bearer token.
 */
export const EndpointTokenSchema = z
  .object({
    accessToken: z.string().min(1),
    expiryTimeUtc: EpochSecondsSchema.positive(),
    refreshAfterTimeUtc: EpochSecondsSchema.nullish(),
    tokenType: z.string().min(1).nullish(),
  })
  .transform((token) => ({
    accessToken: token.accessToken,
    tokenType: token.tokenType ?? "Bearer",
    expiryTimeUtc: token.expiryTimeUtc,
    refreshAfterTimeUtc:
      token.refreshAfterTimeUtc && token.refreshAfterTimeUtc <= token.expiryTimeUtc
        ? token.refreshAfterTimeUtc
        : token.expiryTimeUtc,
  }));
export type EndpointToken = z.infer<typeof EndpointTokenSchema>;
