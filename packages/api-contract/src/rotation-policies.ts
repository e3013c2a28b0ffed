import {
  RotationDueReasonSchema,
  RotationPolicyInputSchema,
  RotationPolicyScopeSchema,
} from "@keyturn/auth-domain";
import { z } from "zod";

// Rotation policies: `GET|POST /api/rotation-policies`, `GET|PUT|DELETE /api/rotation-policies/{id}`
// (If-Match: the policy's ETag), `GET /api/rotation-policies/{id}/preview` (a dry run).

/** `POST` and `PUT`: the domain's rules as a strict body (scope, max key age, grace, confirmation). */
export const RotationPolicyBodySchema = z
  .strictObject(RotationPolicyInputSchema.shape)
  .meta({ id: "RotationPolicyBody" });
export type RotationPolicyBody = z.input<typeof RotationPolicyBodySchema>;

export const RotationPolicySchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    scope: RotationPolicyScopeSchema,
    maxKeyAgeDays: z.number().int(),
    graceSeconds: z.number().int(),
    requireConfirmation: z.boolean(),
    enabled: z.boolean(),
    version: z.number().int(),
    /** The strong ETag to send as If-Match to change or delete it (also in the ETag header). */
    etag: z.string(),
    createdAt: z.iso.datetime(),
    createdBy: z.string(),
    updatedAt: z.iso.datetime(),
    updatedBy: z.string(),
  })
  .meta({ id: "RotationPolicy" });
export type RotationPolicy = z.infer<typeof RotationPolicySchema>;

export const RotationPolicyListSchema = z
  .strictObject({ items: z.array(RotationPolicySchema) })
  .meta({ id: "RotationPolicyList" });
export type RotationPolicyList = z.infer<typeof RotationPolicyListSchema>;

/** One deployment the policy governs (the most specific policy covering it) and what it would do now. */
export const RotationPreviewItemSchema = z.strictObject({
  workspace: z.string(),
  deployment: z.string(),
  /** The oldest key's age in whole days: a rotation renews both keys. */
  keyAgeDays: z.number().int(),
  maxKeyAgeDays: z.number().int(),
  due: z.boolean(),
  reason: RotationDueReasonSchema,
});
export type RotationPreviewItem = z.infer<typeof RotationPreviewItemSchema>;

export const RotationPreviewSchema = z
  .strictObject({
    policyId: z.string(),
    at: z.iso.datetime(),
    /** Key-auth deployments the policy covers but a more specific policy governs. */
    governedElsewhere: z.number().int(),
    /** Due ones first, then by age (oldest first); at most 500. */
    items: z.array(RotationPreviewItemSchema),
    /** How many it governs in all (items may be cut at 500). */
    total: z.number().int(),
    due: z.number().int(),
  })
  .meta({ id: "RotationPreview" });
export type RotationPreview = z.infer<typeof RotationPreviewSchema>;
