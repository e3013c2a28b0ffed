import {
  KeyTypeSchema,
  RotationPhaseSchema,
  RotationStepSchema,
  safeText,
  storableText,
} from "@keyturn/auth-domain";
import { z } from "zod";
import { DeploymentRefShape } from "./deployments.ts";

// Key rotations of a deployment (`…/rotations`) and where its active key is published (`…/destinations`).

/** Azure Key Vault's secret names: 1–127 letters, digits and dashes. */
export const SecretNameSchema = safeText().regex(/^[0-9a-zA-Z-]{1,127}$/, "1–127 letters, digits or dashes");

/** A Key Vault's URL: https, no query or fragment (`https://<vault>.vault.azure.net`, or path-style locally). */
export const VaultUrlSchema = storableText(z.url({ protocol: /^https$/ }))
  .max(300)
  .refine((u) => !u.includes("?") && !u.includes("#"), "no query or fragment");

export const DestinationInputSchema = z.strictObject({
  vaultUrl: VaultUrlSchema,
  secretName: SecretNameSchema,
});
export type DestinationInput = z.infer<typeof DestinationInputSchema>;

/** `PUT …/destinations`: the deployment's whole set (an empty list removes them all). */
export const DestinationsBodySchema = z.strictObject({
  destinations: z.array(DestinationInputSchema).max(10),
});
export type DestinationsBody = z.infer<typeof DestinationsBodySchema>;

export const KeyDestinationSchema = z
  .strictObject({
    vaultUrl: z.string(),
    secretName: z.string(),
    /** The secret version last written by the console, and when; null before the first publish. */
    lastVersion: z.string().nullable(),
    lastPublishedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "KeyDestination" });
export type KeyDestination = z.infer<typeof KeyDestinationSchema>;

/** The rotation policy that governs the deployment: what a rotation started without a grace follows. */
export const GoverningPolicySchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    graceSeconds: z.number().int(),
    /** The old key dies only once a person confirms. */
    requireConfirmation: z.boolean(),
  })
  .meta({ id: "GoverningPolicy" });
export type GoverningPolicy = z.infer<typeof GoverningPolicySchema>;

export const KeyDestinationListSchema = z
  .strictObject({
    ...DeploymentRefShape,
    /** The slot whose key the destinations hold (the one callers should send). */
    activeSlot: KeyTypeSchema,
    destinations: z.array(KeyDestinationSchema),
    /** Null when no policy covers it: a rotation then has 15 minutes of grace and no confirmation. */
    policy: GoverningPolicySchema.nullable(),
  })
  .meta({ id: "KeyDestinationList" });
export type KeyDestinationList = z.infer<typeof KeyDestinationListSchema>;

/** `POST …/rotations`: the grace period defaults to the policy's; a short one only in development. */
export const RotationStartBodySchema = z.strictObject({
  graceSeconds: z
    .int()
    .min(0)
    .max(30 * 86_400)
    .optional(),
});
export type RotationStartBody = z.infer<typeof RotationStartBodySchema>;

export const DestinationWriteSchema = z.strictObject({
  vaultUrl: z.string(),
  secretName: z.string(),
  /** The secret version written; null when the write failed. */
  version: z.string().nullable(),
  /** Why the write failed (a code, never a value); null when it succeeded. */
  error: z.string().nullable(),
});

/** One step as it ran: when, by whom (a person, or the replica that resumed it), and its outcome. */
export const RotationStepRecordSchema = z
  .strictObject({
    step: RotationStepSchema,
    outcome: z.enum(["running", "succeeded", "failed", "cancelled"]),
    startedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
    /** Who started the rotation; the step ran on their behalf. */
    actor: z.string(),
    /** The replica that ran the step (a resumed step names the one that finished it). */
    runner: z.string(),
    /** The reason code of a failure. */
    reason: z.string().nullable(),
    /** The fingerprint of the key a regeneration made, or of the key verified or published. */
    fingerprint: z.string().nullable(),
    destinations: z.array(DestinationWriteSchema),
  })
  .meta({ id: "RotationStepRecord" });
export type RotationStepRecord = z.infer<typeof RotationStepRecordSchema>;

/** auth-domain's rotationView: what the rotation means for callers now. */
export const RotationViewSchema = z.strictObject({
  activeSlot: KeyTypeSchema,
  oldKeyAlive: z.boolean(),
  newKeyIssued: z.boolean(),
  canCancel: z.boolean(),
  nextStep: RotationStepSchema.nullable(),
  irreversibleDone: z.array(RotationStepSchema),
});

export const RotationSchema = z
  .strictObject({
    id: z.uuid(),
    ...DeploymentRefShape,
    phase: RotationPhaseSchema,
    oldSlot: KeyTypeSchema,
    newSlot: KeyTypeSchema,
    graceSeconds: z.int().nonnegative(),
    graceEndsAt: z.iso.datetime().nullable(),
    failure: z.strictObject({ step: RotationStepSchema, reason: z.string() }).nullable(),
    startedBy: z.string(),
    /** The rotation policy it follows (its grace and confirmation); null: none governed it, or it was deleted. */
    policyId: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    steps: z.array(RotationStepRecordSchema),
    view: RotationViewSchema,
  })
  .meta({ id: "Rotation" });
export type Rotation = z.infer<typeof RotationSchema>;

export const RotationListSchema = z
  .strictObject({ ...DeploymentRefShape, items: z.array(RotationSchema) })
  .meta({ id: "RotationList" });
export type RotationList = z.infer<typeof RotationListSchema>;

export const RotationAcceptedSchema = z
  .strictObject({ id: z.uuid(), phase: RotationPhaseSchema })
  .meta({ id: "RotationAccepted" });
export type RotationAccepted = z.infer<typeof RotationAcceptedSchema>;
