import { z } from "@hono/zod-openapi";
import {
  KEY_TYPES,
  PosturePolicySchema,
  PostureRuleIdSchema,
  SEVERITIES,
  safeText,
} from "@keyturn/auth-domain";

// Schemas of the posture routes (domain enums rebuilt: never `.openapi()` a domain schema).

const Rule = z.enum(PostureRuleIdSchema.options);
const Severity = z.enum(SEVERITIES);

const CountsShape = {
  deployments: z.number().int(),
  findings: z.number().int(),
  bySeverity: z.record(Severity, z.number().int()),
  byRule: z.record(Rule, z.number().int()),
};
export const PostureCountsSchema = z.object(CountsShape).openapi("PostureCounts");

export const PolicySchema = z
  .object({
    maxKeyAgeDays: z.number().int(),
    version: z.number().int().openapi({ description: "0: the default, never changed." }),
    updatedAt: z.iso.datetime().nullable(),
    updatedBy: z.string().nullable(),
  })
  .openapi("PosturePolicy");

export const FindingSchema = z
  .object({
    ruleId: Rule,
    severity: Severity,
    messageKey: z.string(),
    remedyKey: z.string().openapi({ description: "Translation key of what to do about it, in plain words." }),
    workspace: z.string(),
    deployment: z.string(),
    computeType: z.enum(["ACI", "AKS"]),
    keyType: z.enum(KEY_TYPES).optional(),
    facts: z.record(z.string(), z.union([z.string(), z.number()])),
  })
  .openapi("PostureFinding");

export const PostureQuerySchema = z.strictObject({
  severity: Severity.optional(),
  rule: Rule.optional(),
  workspace: safeText().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(5_000).default(500),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

export const PostureReportSchema = z
  .object({
    generatedAt: z.iso.datetime(),
    policy: PolicySchema,
    summary: PostureCountsSchema,
    workspaces: z.array(z.object({ workspace: z.string(), ...CountsShape })),
    findings: z.array(FindingSchema),
    /** Findings matching the query's filters (the page is `findings`). */
    findingsTotal: z.number().int(),
    next: z.number().int().nullable().openapi({ description: "`offset` of the next page of findings." }),
  })
  .openapi("PostureReport");

export const TrendSchema = z
  .object({
    days: z.array(
      z.object({
        day: z.iso.date(),
        ...CountsShape,
        maxKeyAgeDays: z.number().int(),
        takenAt: z.iso.datetime(),
      }),
    ),
  })
  .openapi("PostureTrend");

/** The domain's policy rules (key age 1–3650 days), as a strict body with its OpenAPI name. */
export const PolicyBodySchema = z.strictObject(PosturePolicySchema.shape).openapi("PosturePolicyChange");
