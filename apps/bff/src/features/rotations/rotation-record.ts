import type { RotationStepRecord } from "@keyturn/api-contract";
import { AuditActorSchema, type RotationState, RotationStateSchema } from "@keyturn/auth-domain";
import { z } from "zod";
import type { rotations } from "../../db/schema.ts";

/** A step as stored: the contract's record, plus the fingerprint a regeneration started from. */
export type StoredStep = RotationStepRecord & {
  /** The slot's fingerprint before a regeneration: a resumed step that finds another one knows it ran. */
  beforeFingerprint?: string | null;
};

/** The `state` column: the domain's machine and who started the rotation (every step acts for them). */
export const StoredStateSchema = z.object({
  machine: RotationStateSchema,
  actor: AuditActorSchema,
});
export type StoredState = z.infer<typeof StoredStateSchema>;

export type RotationRow = typeof rotations.$inferSelect;

/** A rotation as the engine and the routes read it. */
export interface StoredRotation {
  id: string;
  workspace: string;
  deployment: string;
  machine: RotationState;
  actor: StoredState["actor"];
  steps: StoredStep[];
  startedBy: string;
  /** The rotation policy it follows (null: none governed it, or the policy was deleted since). */
  policyId: string | null;
  version: number;
  leaseHolder: string | null;
  leaseUntil: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export function fromRow(row: RotationRow): StoredRotation {
  const state = StoredStateSchema.parse(row.state);
  return {
    id: row.id,
    workspace: row.workspace,
    deployment: row.deployment,
    machine: state.machine,
    actor: state.actor,
    steps: row.steps as StoredStep[],
    startedBy: row.startedBy,
    policyId: row.policyId,
    version: row.version,
    leaseHolder: row.leaseHolder,
    leaseUntil: row.leaseUntil,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The last record of `step` still running (a crash left it, or this run wrote its intent). */
export const runningRecord = (rotation: StoredRotation, step: StoredStep["step"]) =>
  rotation.steps.findLast((s) => s.step === step && s.outcome === "running");
