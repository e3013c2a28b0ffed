import type { RotationPolicy, RotationPolicyBody } from "@keyturn/api-contract";
import { RotationPolicyInputSchema, type RotationPolicyScopeKind } from "@keyturn/auth-domain";

/** The form as typed: numbers stay text until checked, every scope's fields are kept while switching. */
export interface PolicyDraft {
  name: string;
  scopeKind: RotationPolicyScopeKind;
  workspace: string;
  tagKey: string;
  tagValue: string;
  maxKeyAgeDays: string;
  graceSeconds: string;
  requireConfirmation: boolean;
  enabled: boolean;
}

export type DraftField = "name" | "workspace" | "tagKey" | "tagValue" | "maxKeyAgeDays" | "graceSeconds";

export const emptyDraft = (): PolicyDraft => ({
  name: "",
  scopeKind: "all",
  workspace: "",
  tagKey: "",
  tagValue: "",
  maxKeyAgeDays: "90",
  graceSeconds: "900",
  requireConfirmation: false,
  enabled: true,
});

export function draftOf(policy: RotationPolicy): PolicyDraft {
  const { scope } = policy;
  return {
    name: policy.name,
    scopeKind: scope.kind,
    workspace: scope.kind === "workspace" ? scope.workspace : "",
    tagKey: scope.kind === "tag" ? scope.name : "",
    tagValue: scope.kind === "tag" ? scope.value : "",
    maxKeyAgeDays: String(policy.maxKeyAgeDays),
    graceSeconds: String(policy.graceSeconds),
    requireConfirmation: policy.requireConfirmation,
    enabled: policy.enabled,
  };
}

const whole = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

const FIELD_OF: Record<string, DraftField> = {
  name: "name",
  "scope.workspace": "workspace",
  "scope.name": "tagKey",
  "scope.value": "tagValue",
  maxKeyAgeDays: "maxKeyAgeDays",
  graceSeconds: "graceSeconds",
};

/**
 * The body to send, or the fields that break the domain's rules (the BFF checks the same schema):
 * each field once, in form order.
 */
export function checkDraft(
  draft: PolicyDraft,
): { ok: true; body: RotationPolicyBody } | { ok: false; fields: DraftField[] } {
  const scope =
    draft.scopeKind === "workspace"
      ? { kind: "workspace" as const, workspace: draft.workspace }
      : draft.scopeKind === "tag"
        ? { kind: "tag" as const, name: draft.tagKey, value: draft.tagValue }
        : { kind: "all" as const };
  const candidate = {
    name: draft.name,
    scope,
    maxKeyAgeDays: whole(draft.maxKeyAgeDays),
    graceSeconds: whole(draft.graceSeconds),
    requireConfirmation: draft.requireConfirmation,
    enabled: draft.enabled,
  };
  const parsed = RotationPolicyInputSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, body: parsed.data };
  const fields = new Set(
    parsed.error.issues.map((i) => FIELD_OF[i.path.join(".")]).filter((f) => f !== undefined),
  );
  return { ok: false, fields: Object.values(FIELD_OF).filter((f) => fields.has(f)) };
}
