import { PostureRuleIdSchema, SeveritySchema } from "@keyturn/auth-domain";
import { z } from "zod";

/**
 * The findings' filters, as they stand in the address bar (`/posture?severity=high&workspace=ws-1`)
 * and are sent to `GET /api/posture` under the same names. Absent means "any".
 */
export const PostureSearchSchema = z.object({
  severity: SeveritySchema.optional(),
  rule: PostureRuleIdSchema.optional(),
  /** The BFF accepts 1–200 characters. */
  workspace: z.string().min(1).max(200).optional(),
});
export type PostureSearch = z.infer<typeof PostureSearchSchema>;

export const POSTURE_FILTER_NAMES = ["severity", "rule", "workspace"] as const;

export const hasPostureFilters = (search: PostureSearch) =>
  POSTURE_FILTER_NAMES.some((name) => search[name] !== undefined);

/** Reads the filters leniently: a value the BFF would refuse is dropped (an old link still opens). */
export function parsePostureSearch(search: Record<string, unknown>): PostureSearch {
  const parsed: Record<string, unknown> = {};
  for (const name of POSTURE_FILTER_NAMES) {
    const raw = search[name];
    const value = PostureSearchSchema.shape[name].safeParse(typeof raw === "string" ? raw.trim() : raw);
    if (value.success && value.data !== undefined) parsed[name] = value.data;
  }
  return parsed as PostureSearch;
}
