import { z } from "zod";
import type { AuthMode } from "./auth-settings.ts";
import type { ComputeTarget } from "./compute.ts";
import type { MigrationPlanRef } from "./migration-target.ts";

/** The header a caller sends to reach one deployment behind an endpoint (else the traffic split decides). */
export const DEPLOYMENT_HEADER = "azureml-model-deployment";

/** The tag a migrated endpoint carries, `<workspace>/<service>`, so the console can link the two. */
export const MIGRATED_FROM_TAG = "keyturn-migrated-from";

/** breaking: callers fail until they change; action: someone must act first; info: worth knowing. */
export const MigrationImpactSchema = z.enum(["breaking", "action", "info"]);
export type MigrationImpact = z.infer<typeof MigrationImpactSchema>;

export const MigrationNoteIdSchema = z.enum([
  "callers-must-send-key",
  "keys-not-carried-over",
  "tokens-from-endpoint",
  "scoring-url-changes",
  "https-required",
  "deployment-needed",
  "kubernetes-compute-needed",
  "endpoint-name-changed",
  "deployment-header",
  "token-mapping-inferred",
  "entra-token-available",
]);
export type MigrationNoteId = z.infer<typeof MigrationNoteIdSchema>;

export const MigrationNoteSchema = z.object({
  id: MigrationNoteIdSchema,
  impact: MigrationImpactSchema,
  /** A translation key (`migration.notes.<id in camelCase>`); the console owns the words. */
  messageKey: z.string(),
  /** Placeholders of the message: names, URLs and headers, never a secret. */
  facts: z.record(z.string(), z.string()),
});
export type MigrationNote = z.infer<typeof MigrationNoteSchema>;

const IMPACT: Readonly<Record<MigrationNoteId, MigrationImpact>> = {
  "callers-must-send-key": "breaking",
  "keys-not-carried-over": "breaking",
  "tokens-from-endpoint": "breaking",
  "scoring-url-changes": "breaking",
  "https-required": "breaking",
  "deployment-needed": "action",
  "kubernetes-compute-needed": "action",
  "endpoint-name-changed": "action",
  "deployment-header": "info",
  "token-mapping-inferred": "info",
  "entra-token-available": "info",
};

const camel = (id: string) => id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
export const migrationNoteMessageKey = (id: MigrationNoteId) => `migration.notes.${camel(id)}`;

interface NoteInput {
  service: {
    name: string;
    computeType: ComputeTarget;
    computeName: string | null;
    scoringUri: string | null;
  };
  from: AuthMode;
  ref: MigrationPlanRef;
  expectedScoringUri: string | null;
}

/** The notes of one plan, in the order of MigrationNoteIdSchema (most disruptive first). */
export function migrationNotes({ service, from, ref, expectedScoringUri }: NoteInput): MigrationNote[] {
  const notes = new Map<MigrationNoteId, Record<string, string>>();
  if (from === "none") notes.set("callers-must-send-key", {});
  if (from === "key") notes.set("keys-not-carried-over", {});
  if (from === "token") notes.set("tokens-from-endpoint", {});
  notes.set("scoring-url-changes", {
    ...(service.scoringUri === null ? {} : { from: service.scoringUri }),
    ...(expectedScoringUri === null ? {} : { to: expectedScoringUri }),
  });
  if (ref.successorKind === "Managed" && service.scoringUri?.toLowerCase().startsWith("http:"))
    notes.set("https-required", {});
  notes.set("deployment-needed", { endpointName: ref.endpointName });
  if (ref.successorKind === "Kubernetes")
    notes.set(
      "kubernetes-compute-needed",
      service.computeName === null ? {} : { compute: service.computeName },
    );
  if (ref.endpointName !== service.name)
    notes.set("endpoint-name-changed", { endpointName: ref.endpointName });
  notes.set("deployment-header", { header: DEPLOYMENT_HEADER });
  if (from === "token" && service.computeType === "AKS") notes.set("token-mapping-inferred", {});
  if (ref.successorKind === "Managed") notes.set("entra-token-available", {});
  return MigrationNoteIdSchema.options.flatMap((id) => {
    const facts = notes.get(id);
    return facts === undefined
      ? []
      : [{ id, impact: IMPACT[id], messageKey: migrationNoteMessageKey(id), facts }];
  });
}
