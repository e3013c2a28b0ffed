import {
  AuthModeSchema,
  ComputeTargetSchema,
  EndpointAuthModeSchema,
  EndpointComputeTypeSchema,
  MigrationImpactSchema,
  MigrationNoteIdSchema,
  MigrationPlanSchema,
} from "@keyturn/auth-domain";
import { z } from "zod";

// `GET /api/deployments/{workspace}/{name}/migration` (+ `.yaml`), `POST …/migration/endpoint`,
// `GET /api/migration/plans` (+ `.csv`). A plan never carries a secret: it is computed from what
// Azure shows of a service (auth-domain's `planMigration`).

/** The endpoint that replaces a v1 service: the one tagged `keyturn-migrated-from: <workspace>/<service>`. */
export const MigrationSuccessorSchema = z
  .object({
    workspace: z.string(),
    name: z.string(),
    kind: EndpointComputeTypeSchema,
    authMode: EndpointAuthModeSchema,
    provisioningState: z.string().nullable(),
    scoringUri: z.string().nullable(),
  })
  .meta({ id: "MigrationSuccessor" });
export type MigrationSuccessor = z.infer<typeof MigrationSuccessorSchema>;

/** What a caller of the service must change: where it sends, and what it sends. */
export const CallerChangesSchema = z.object({
  scoringUrl: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  /** `Authorization: Bearer <…>`: what goes after Bearer before and after the move (none: nothing sent). */
  credential: z.object({ from: AuthModeSchema, to: EndpointAuthModeSchema }),
  /** The header that picks one deployment behind the endpoint (else the traffic split decides). */
  deploymentHeader: z.string(),
});
export type CallerChanges = z.infer<typeof CallerChangesSchema>;

export const MigrationPlanViewSchema = z
  .object({
    workspace: z.string(),
    service: z.string(),
    /** `live`: read from the workspace now; `inventory`: its last synced state (the workspace did not answer). */
    source: z.enum(["live", "inventory"]),
    plan: MigrationPlanSchema,
    callers: CallerChangesSchema,
    /** The endpoint created from this plan, once there is one; null when none (or the listing failed). */
    successor: MigrationSuccessorSchema.nullable(),
    /** False when the workspace's endpoints could not be read: `successor` is then unknown, not absent. */
    successorChecked: z.boolean(),
  })
  .meta({ id: "MigrationPlanView" });
export type MigrationPlanView = z.infer<typeof MigrationPlanViewSchema>;

/** One service's plan in brief, for the fleet export. */
export const FleetMigrationItemSchema = z.object({
  workspace: z.string(),
  service: z.string(),
  serviceKind: ComputeTargetSchema,
  authFrom: AuthModeSchema,
  successorKind: EndpointComputeTypeSchema,
  endpointName: z.string(),
  authTo: EndpointAuthModeSchema,
  scoringUrlFrom: z.string().nullable(),
  scoringUrlTo: z.string().nullable(),
  definitionComplete: z.boolean(),
  notes: z.array(z.object({ id: MigrationNoteIdSchema, impact: MigrationImpactSchema })),
});
export type FleetMigrationItem = z.infer<typeof FleetMigrationItemSchema>;

export const FleetMigrationPlansSchema = z
  .object({
    generatedAt: z.iso.datetime(),
    /** Every v1 service the inventory holds (managed kinds), by workspace then name. */
    plans: z.array(FleetMigrationItemSchema),
  })
  .meta({ id: "FleetMigrationPlans" });
export type FleetMigrationPlans = z.infer<typeof FleetMigrationPlansSchema>;

export const CreatedSuccessorSchema = z
  .object({
    /** False when the endpoint already existed, created from this plan before: nothing was sent. */
    created: z.boolean(),
    successor: MigrationSuccessorSchema,
  })
  .meta({ id: "CreatedSuccessor" });
export type CreatedSuccessor = z.infer<typeof CreatedSuccessorSchema>;
