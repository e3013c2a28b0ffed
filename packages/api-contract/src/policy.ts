import { PosturePolicySchema } from "@keyturn/auth-domain";
import { z } from "zod";

// `GET|PUT /api/policies/posture` (If-Match: the ETag header of the read).

/** The policy in force, its version, and who changed it last (null: the default). */
export const PosturePolicyViewSchema = z
  .object({
    maxKeyAgeDays: z.number().int(),
    version: z.number().int().meta({ description: "0: the default, never changed." }),
    updatedAt: z.iso.datetime().nullable(),
    updatedBy: z.string().nullable(),
  })
  .meta({ id: "PosturePolicy" });
export type PosturePolicyView = z.infer<typeof PosturePolicyViewSchema>;

/** The domain's policy rules (key age 1–3650 days) as a strict body. */
export const PosturePolicyChangeSchema = z
  .strictObject(PosturePolicySchema.shape)
  .meta({ id: "PosturePolicyChange" });
export type PosturePolicyChange = z.infer<typeof PosturePolicyChangeSchema>;
