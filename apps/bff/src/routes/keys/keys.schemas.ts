import { KeyMetadataSchema, safeText } from "@keyturn/auth-domain";
import { z } from "../problem-responses.ts";

/** A key as the console shows it: fingerprint, dates, who rotated it. Never its value. */
export const KeyViewSchema = z
  .strictObject({
    ...KeyMetadataSchema.shape,
    /** Whole days since issuedAt (auth-domain keyAgeDays). */
    ageDays: z.number().int().nonnegative(),
    /** The service's key differs from the one the console last recorded: changed outside the console. */
    changedOutsideConsole: z.boolean(),
    /** The key breaks the key rule (16–256 characters, not one repeated, no whitespace or controls). */
    weak: z.boolean(),
  })
  .openapi("KeyView");
export type KeyViewBody = z.infer<typeof KeyViewSchema>;

export const KeyListSchema = z
  .strictObject({
    workspace: z.string(),
    deployment: z.string(),
    keys: z.array(KeyViewSchema),
    /** The same strong ETag as the `ETag` header: sent back as `If-Match` to regenerate a key. */
    etag: z.string(),
  })
  .openapi("KeyList");

/** If-Match on a regeneration: the keys' ETag from `GET …/keys` (required: 428 without it). */
export const KeysIfMatchHeaderSchema = z.object({
  "if-match": safeText()
    .max(500)
    .optional()
    .openapi({ description: "The keys' current ETag, from GET …/keys (required)." }),
});

export const RegenerationSchema = z
  .strictObject({
    workspace: z.string(),
    deployment: z.string(),
    outcome: z.literal("succeeded"),
    /** The fingerprint of the value that was replaced (that value is refused from now on). */
    previousFingerprint: z.string().nullable(),
    key: KeyViewSchema,
    /** The keys' new ETag (also the `ETag` header): the If-Match of a next regeneration. */
    etag: z.string(),
  })
  .openapi("KeyRegeneration");

export const KeyRevealSchema = z
  .strictObject({
    keyType: z.enum(["Primary", "Secondary"]),
    fingerprint: z.string(),
    /** The key itself, in this answer only (no-store): never stored by the console; each reveal is audited. */
    value: z.string(),
  })
  .openapi("KeyReveal");

export const IdentifyBodySchema = z
  .strictObject({
    key: safeText().min(1).max(512).openapi({ description: "The key to identify; never echoed." }),
  })
  .openapi("KeyIdentifyRequest");

export const IdentifyResultSchema = z
  .strictObject({ match: z.enum(["Primary", "Secondary", "unknown"]) })
  .openapi("KeyIdentifyResult");
