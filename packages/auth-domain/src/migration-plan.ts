import { z } from "zod";
import { type AuthMode, AuthModeSchema, authMode } from "./auth-settings.ts";
import { ComputeTargetSchema } from "./compute.ts";
import { EndpointComputeTypeSchema, SUCCESSOR_KIND } from "./deployment-kinds.ts";
import { ENDPOINT_AUTH_MODE_CLI, EndpointAuthModeSchema } from "./endpoint-auth.ts";
import {
  ENDPOINT_YAML_SCHEMAS,
  type EndpointDefinition,
  EndpointDefinitionSchema,
  endpointDefinitionYaml,
} from "./endpoint-yaml.ts";
import {
  MIGRATED_FROM_TAG,
  type MigrationNote,
  MigrationNoteSchema,
  migrationNotes,
} from "./migration-notes.ts";
import { isDocumentedMapping, MigrationPlanRefSchema, migrationPlanRef } from "./migration-target.ts";
import { RegionNameSchema } from "./regions.ts";

/** A v1 web service as the plan needs it: no keys, no secrets, only what Azure shows of it. */
export const V1ServiceSchema = z.object({
  workspace: z.string(),
  name: z.string(),
  computeType: ComputeTargetSchema,
  /** The workspace's region: a managed endpoint is created there. */
  workspaceRegion: RegionNameSchema,
  /** The compute target an AKS service runs on; null for ACI (or when Azure did not say). */
  computeName: z.string().nullable().default(null),
  keyAuth: z.boolean(),
  tokenAuth: z.boolean(),
  description: z.string().nullable().default(null),
  tags: z.record(z.string(), z.string()).default({}),
  scoringUri: z.string().nullable().default(null),
});
export type V1Service = z.infer<typeof V1ServiceSchema>;
export type V1ServiceInput = z.input<typeof V1ServiceSchema>;

export const MigrationPlanSchema = z.object({
  ref: MigrationPlanRefSchema,
  auth: z.object({
    from: AuthModeSchema,
    to: EndpointAuthModeSchema,
    /** False where Azure's guide does not state the mapping (an AKS token-auth service). */
    documented: z.boolean(),
    /** Azure never carries a service's keys over: the endpoint is created with new keys. */
    keysCarriedOver: z.literal(false),
    /** The old key values may be set on the endpoint afterwards (regenerate with a chosen value). */
    oldKeysCanBeSet: z.boolean(),
  }),
  endpoint: z.object({
    kind: EndpointComputeTypeSchema,
    name: z.string(),
    region: z.string(),
    /** The scoring URL the endpoint will have; null when only the cluster can tell (Kubernetes). */
    expectedScoringUri: z.string().nullable(),
  }),
  /** What callers and operators must know or do, most disruptive first. */
  notes: z.array(MigrationNoteSchema),
  /** False when the definition lacks something only a person can supply (a Kubernetes compute target). */
  definitionComplete: z.boolean(),
  definition: EndpointDefinitionSchema,
  /** The definition as `az ml online-endpoint create -f` reads it. */
  yaml: z.string(),
});
export type MigrationPlan = z.infer<typeof MigrationPlanSchema>;

/** Where a managed endpoint answers: `https://{endpoint}.{region}.inference.ml.azure.com/score`. */
export function managedScoringUri(endpointName: string, region: string): string {
  return `https://${endpointName.toLowerCase()}.${region}.inference.ml.azure.com/score`;
}

/**
 * The way to v2 of one v1 service: ACI → managed endpoint, AKS → Kubernetes endpoint; no auth → Key
 * (callers must start sending a key), key → Key (new keys), token → AMLToken; what changes for callers,
 * and the endpoint's definition as YAML. Pure: the same service always gives the same plan.
 */
export function planMigration(input: V1ServiceInput): MigrationPlan {
  const service = V1ServiceSchema.parse(input);
  const from: AuthMode = authMode({ keyAuth: service.keyAuth, tokenAuth: service.tokenAuth });
  const ref = migrationPlanRef({ ...service, deployment: service.name });
  const kind = SUCCESSOR_KIND[service.computeType];
  const compute = kind === "Kubernetes" && service.computeName ? `azureml:${service.computeName}` : undefined;
  const definition: EndpointDefinition = {
    $schema: ENDPOINT_YAML_SCHEMAS[kind],
    name: ref.endpointName,
    description:
      service.description ??
      `Successor of the v1 ${service.computeType} service ${service.name} (${service.workspace}).`,
    auth_mode: ENDPOINT_AUTH_MODE_CLI[ref.authMode],
    ...(compute === undefined ? {} : { compute }),
    tags: { ...service.tags, [MIGRATED_FROM_TAG]: `${service.workspace}/${service.name}` },
  };
  const expectedScoringUri =
    kind === "Managed" ? managedScoringUri(ref.endpointName, service.workspaceRegion) : null;
  const notes: MigrationNote[] = migrationNotes({ service, from, ref, expectedScoringUri });
  return {
    ref,
    auth: {
      from,
      to: ref.authMode,
      documented: isDocumentedMapping(service.computeType, from),
      keysCarriedOver: false,
      oldKeysCanBeSet: from === "key" && ref.authMode === "Key",
    },
    endpoint: { kind, name: ref.endpointName, region: service.workspaceRegion, expectedScoringUri },
    notes,
    definitionComplete: kind === "Managed" || compute !== undefined,
    definition,
    yaml: endpointDefinitionYaml(definition),
  };
}
