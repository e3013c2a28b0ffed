import { KeyMetadataSchema, KeyTypeSchema, safeText } from "@keyturn/auth-domain";
import { z } from "zod";
import { DeploymentRefShape } from "./deployments.ts";

// A deployment's keys: `GET …/keys`, `POST …/keys/{keyType}/regenerate|reveal`, `POST …/keys/identify`.

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
  .meta({ id: "KeyView" });
export type KeyView = z.infer<typeof KeyViewSchema>;

export const KeyListSchema = z
  .strictObject({
    ...DeploymentRefShape,
    keys: z.array(KeyViewSchema),
    /** The same strong ETag as the `ETag` header: sent back as `If-Match` to regenerate a key. */
    etag: z.string(),
  })
  .meta({ id: "KeyList" });
export type KeyList = z.infer<typeof KeyListSchema>;

export const KeyRegenerationSchema = z
  .strictObject({
    ...DeploymentRefShape,
    outcome: z.literal("succeeded"),
    /** The fingerprint of the value that was replaced (that value is refused from now on). */
    previousFingerprint: z.string().nullable(),
    key: KeyViewSchema,
    /** The keys' new ETag (also the `ETag` header): the If-Match of a next regeneration. */
    etag: z.string(),
  })
  .meta({ id: "KeyRegeneration" });
export type KeyRegeneration = z.infer<typeof KeyRegenerationSchema>;

/** The only answer that carries a key's value (step-up, audited, `Cache-Control: no-store`). */
export const KeyRevealSchema = z
  .strictObject({
    keyType: KeyTypeSchema,
    fingerprint: z.string(),
    /** The key itself, in this answer only (no-store): never stored by the console; each reveal is audited. */
    value: z.string(),
  })
  .meta({ id: "KeyReveal" });
export type KeyReveal = z.infer<typeof KeyRevealSchema>;

export const KeyIdentifyRequestSchema = z
  .strictObject({
    key: safeText().min(1).max(512).meta({ description: "The key to identify; never echoed." }),
  })
  .meta({ id: "KeyIdentifyRequest" });
export type KeyIdentifyRequest = z.infer<typeof KeyIdentifyRequestSchema>;

export const KeyIdentifyResultSchema = z
  .strictObject({ match: z.enum([...KeyTypeSchema.options, "unknown"]) })
  .meta({ id: "KeyIdentifyResult" });
export type KeyIdentifyResult = z.infer<typeof KeyIdentifyResultSchema>;
