import { KeyTypeSchema, PostureRuleIdSchema, SeveritySchema } from "@keyturn/auth-domain";
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import { POSTURE_FILTER_NAMES, type PostureSearch } from "../search";

const Count = z.number().int().nonnegative();
// Counts by severity and rule are keyed by strings: the screen reads the ones it knows (a missing one
// is 0), and a count for a rule this version does not know yet does not break the whole report.
const CountsShape = {
  deployments: Count,
  findings: Count,
  bySeverity: z.record(z.string(), Count),
  byRule: z.record(z.string(), Count),
};
export const PostureCountsSchema = z.object(CountsShape);
export type PostureCounts = z.infer<typeof PostureCountsSchema>;

export const PosturePolicySchema = z.object({
  maxKeyAgeDays: z.number().int().positive(),
  /** 0: the default policy, never changed. */
  version: z.number().int().nonnegative(),
  updatedAt: z.iso.datetime().nullable(),
  updatedBy: z.string().nullable(),
});
export type PosturePolicy = z.infer<typeof PosturePolicySchema>;

/** One finding: a rule a deployment breaks, with translation keys and the facts behind it. */
export const PostureFindingSchema = z.object({
  ruleId: PostureRuleIdSchema,
  severity: SeveritySchema,
  messageKey: z.string(),
  remedyKey: z.string(),
  workspace: z.string(),
  deployment: z.string(),
  computeType: z.enum(["ACI", "AKS"]),
  keyType: KeyTypeSchema.optional(),
  facts: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type PostureFinding = z.infer<typeof PostureFindingSchema>;

export const WorkspacePostureSchema = z.object({ workspace: z.string(), ...CountsShape });
export type WorkspacePosture = z.infer<typeof WorkspacePostureSchema>;

/** `GET /api/posture`: counts over the whole inventory; `findings` filtered and paged. */
export const PostureReportSchema = z.object({
  generatedAt: z.iso.datetime(),
  policy: PosturePolicySchema,
  summary: PostureCountsSchema,
  workspaces: z.array(WorkspacePostureSchema),
  findings: z.array(PostureFindingSchema),
  /** Findings matching the filters (the page is `findings`). */
  findingsTotal: z.number().int().nonnegative(),
  /** `offset` of the next page; null on the last. */
  next: z.number().int().nonnegative().nullable(),
});
export type PostureReport = z.infer<typeof PostureReportSchema>;

/** Findings fetched per page ("Show more" asks for the next). */
export const FINDINGS_PAGE_SIZE = 200;

/** The query string of one page: the filters that are set, then `limit` and `offset`. */
export function postureSearchParams(search: PostureSearch, offset = 0): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of POSTURE_FILTER_NAMES) {
    const value = search[name];
    if (value !== undefined) params.set(name, value);
  }
  params.set("limit", String(FINDINGS_PAGE_SIZE));
  if (offset > 0) params.set("offset", String(offset));
  return params;
}

export const getPosture = (search: PostureSearch, offset: number, signal?: AbortSignal) =>
  api(`/api/posture?${postureSearchParams(search, offset)}`, { schema: PostureReportSchema, signal });

export const postureQueryOptions = (search: PostureSearch) =>
  infiniteQueryOptions({
    queryKey: queryKeys.posture.report(search),
    queryFn: ({ pageParam, signal }) => getPosture(search, pageParam, signal),
    initialPageParam: 0,
    getNextPageParam: (last) => last.next ?? undefined,
  });

/** The report for these filters; while other filters load, the previous report stays on screen. */
export const usePosture = (search: PostureSearch) =>
  useInfiniteQuery({ ...postureQueryOptions(search), placeholderData: keepPreviousData });
