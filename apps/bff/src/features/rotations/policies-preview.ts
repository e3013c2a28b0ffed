import type { RotationPreview, RotationPreviewItem } from "@keyturn/api-contract";
import { applicablePolicy, policyCovers, type RotationDue, rotationDue } from "@keyturn/auth-domain";
import type { Db } from "../../db/client.ts";
import { type Candidate, rotationCandidates } from "./policies-candidates.ts";
import type { StoredPolicy } from "./policies-store.ts";

export interface Governed {
  candidate: Candidate;
  policy: StoredPolicy;
  due: RotationDue;
}

/**
 * Walks every rotatable deployment once: each one the most specific policy governs goes to `onGoverned`
 * with whether that policy rotates it now, and why.
 */
export async function forEachGoverned(
  db: Db,
  policies: readonly StoredPolicy[],
  at: Date,
  onGoverned: (g: Governed) => void,
  onCoveredElsewhere: (c: Candidate, governing: StoredPolicy) => void = () => {},
): Promise<void> {
  if (policies.length === 0) return;
  for await (const batch of rotationCandidates(db)) {
    for (const candidate of batch) {
      const policy = applicablePolicy(policies, candidate);
      if (!policy) continue;
      const facts = {
        keys: candidate.keys,
        rotationRunning: candidate.running,
        lastRotationFailed: candidate.lastFailure !== null,
      };
      onGoverned({ candidate, policy, due: rotationDue(policy, facts, at) });
      onCoveredElsewhere(candidate, policy);
    }
  }
}

const PREVIEW_LIMIT = 500;

/** The dry run of one policy: the deployments it governs now, due ones first, oldest keys first. */
export async function previewPolicy(
  db: Db,
  policy: StoredPolicy,
  all: readonly StoredPolicy[],
  at: Date,
): Promise<RotationPreview> {
  const items: RotationPreviewItem[] = [];
  let governedElsewhere = 0;
  await forEachGoverned(
    db,
    all,
    at,
    ({ candidate, policy: governing, due }) => {
      if (governing.id !== policy.id) return;
      items.push({ workspace: candidate.workspace, deployment: candidate.deployment, ...due });
    },
    (candidate, governing) => {
      if (governing.id !== policy.id && policyCovers(policy.scope, candidate)) governedElsewhere += 1;
    },
  );
  items.sort((a, b) => Number(b.due) - Number(a.due) || b.keyAgeDays - a.keyAgeDays);
  return {
    policyId: policy.id,
    at: at.toISOString(),
    governedElsewhere,
    items: items.slice(0, PREVIEW_LIMIT),
    total: items.length,
    due: items.filter((i) => i.due).length,
  };
}
