import {
  DeploymentKindSchema,
  FleetPostureRuleIdSchema,
  GenerationSchema,
  KeyTypeSchema,
  MigrationPlanRefSchema,
  SeveritySchema,
  safeText,
} from "@keyturn/auth-domain";
import { z } from "zod";
import { DeploymentRefShape } from "./deployments.ts";
import { PosturePolicyViewSchema } from "./policy.ts";

// `GET /api/posture`, `GET /api/posture/trend`, `GET /api/posture/export`.

const CountsShape = {
  deployments: z.number().int(),
  findings: z.number().int(),
  bySeverity: z.record(SeveritySchema, z.number().int()),
  byRule: z.record(FleetPostureRuleIdSchema, z.number().int()),
};
export const PostureCountsSchema = z.object(CountsShape).meta({ id: "PostureCounts" });
export type PostureCounts = z.infer<typeof PostureCountsSchema>;

/** One finding: a rule a deployment breaks, with translation keys and the facts behind it. */
export const PostureFindingSchema = z
  .object({
    ruleId: FleetPostureRuleIdSchema,
    severity: SeveritySchema,
    messageKey: z.string(),
    remedyKey: z.string().meta({ description: "Translation key of what to do about it, in plain words." }),
    ...DeploymentRefShape,
    /** The deployment's kind: a v1 service (ACI, AKS) or a v2 endpoint (Managed, Kubernetes). */
    computeType: DeploymentKindSchema,
    keyType: KeyTypeSchema.optional(),
    facts: z.record(z.string(), z.union([z.string(), z.number()])),
    /** On a `v1-support-ended` finding: what the service becomes (its plan: `…/migration`). */
    migrationPlan: MigrationPlanRefSchema.optional(),
  })
  .meta({ id: "PostureFinding" });
export type PostureFinding = z.infer<typeof PostureFindingSchema>;

/** The findings' filters, under the names sent (absent means "any"). */
export const PostureFilterShape = {
  severity: SeveritySchema.optional(),
  rule: FleetPostureRuleIdSchema.optional(),
  workspace: safeText().min(1).max(200).optional(),
  /** One deployment's findings (with `workspace` and `generation`, one row of the inventory). */
  deployment: safeText().min(1).max(200).optional(),
  generation: GenerationSchema.optional().meta({
    description:
      "v1 (web services) or v2 (online endpoints); absent: both. With `deployment`, one row of the inventory: a v2 successor may keep its v1 service's name.",
  }),
};

export const PostureFiltersSchema = z.strictObject(PostureFilterShape);
export type PostureFilters = z.infer<typeof PostureFiltersSchema>;

export const PostureQuerySchema = z.strictObject({
  ...PostureFilterShape,
  limit: z.coerce.number().int().min(1).max(5_000).default(500),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

export const WorkspacePostureSchema = z.object({ workspace: z.string(), ...CountsShape });
export type WorkspacePosture = z.infer<typeof WorkspacePostureSchema>;

/** Counts over the whole inventory; `findings` filtered and paged by the query. */
export const PostureReportSchema = z
  .object({
    generatedAt: z.iso.datetime(),
    policy: PosturePolicyViewSchema,
    summary: PostureCountsSchema,
    workspaces: z.array(WorkspacePostureSchema),
    findings: z.array(PostureFindingSchema),
    /** Findings matching the query's filters (the page is `findings`). */
    findingsTotal: z.number().int(),
    next: z.number().int().nullable().meta({ description: "`offset` of the next page of findings." }),
  })
  .meta({ id: "PostureReport" });
export type PostureReport = z.infer<typeof PostureReportSchema>;

export const PostureTrendQuerySchema = z.strictObject({
  days: z.coerce.number().int().min(1).max(366).default(30),
});

/** One daily snapshot (the day's last): `day` is the UTC day, `YYYY-MM-DD`. */
export const PostureTrendDaySchema = z.object({
  day: z.iso.date(),
  ...CountsShape,
  maxKeyAgeDays: z.number().int(),
  takenAt: z.iso.datetime(),
});
export type PostureTrendDay = z.infer<typeof PostureTrendDaySchema>;

/** Oldest first; days without a snapshot are absent. */
export const PostureTrendSchema = z
  .object({ days: z.array(PostureTrendDaySchema) })
  .meta({ id: "PostureTrend" });
export type PostureTrend = z.infer<typeof PostureTrendSchema>;

export const POSTURE_EXPORT_FORMATS = ["csv", "json"] as const;
export const PostureExportFormatSchema = z.enum(POSTURE_EXPORT_FORMATS);
export type PostureExportFormat = z.infer<typeof PostureExportFormatSchema>;

export const PostureExportQuerySchema = z.strictObject({
  format: PostureExportFormatSchema.default("json"),
});
