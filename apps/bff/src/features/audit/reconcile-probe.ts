import { type KeyType, KeyTypeSchema } from "@keyturn/auth-domain";
import { and, asc, eq, gt } from "drizzle-orm";
import { fingerprint } from "../../crypto/fingerprint.ts";
import type { Tx } from "../../db/client.ts";
import { auditEvents, keyMetadata } from "../../db/schema.ts";
import { ApiError } from "../../errors/api-error.ts";
import { providerCall } from "../../provider/provider-errors.ts";
import { getWorkspaceProvider, type ProviderDeps } from "../../provider/workspace-provider.ts";
import { keyValueOf, listKeyValues, recordRotation } from "../keys/public.ts";
import type { AuditRow } from "./audit-chain.ts";
import {
  isEndpointRecord,
  probeEndpointAuthChange,
  probeEndpointCreate,
} from "./reconcile-endpoint-probes.ts";

export type ProbeDeps = ProviderDeps;
type DetailValue = string | number | boolean | null;

/** What the provider's state says an unfinished action did. */
export interface Probe {
  found: "regenerated" | "unchanged" | "changed" | "created" | "absent" | "deleted" | "present" | "unknown";
  details?: Record<string, DetailValue>;
  /** The console's own state that follows from it, written with the `reconciled` record. */
  commit?: (tx: Tx) => Promise<void>;
}

const unknown = (reason: string, details: Record<string, DetailValue> = {}): Probe => ({
  found: "unknown",
  details: { ...details, reason },
});

/**
 * Reads the state an intent's action would have changed, and says what happened. Actions that change
 * nothing at the provider (reveals, token fetches, test calls, checks) leave nothing to read: `unknown`.
 * A provider fault is `unknown` too, with its code as the reason: never a guess.
 */
export async function probeIntent(deps: ProbeDeps, intent: AuditRow): Promise<Probe> {
  const workspace = intent.targetWorkspace;
  const deployment = intent.targetDeployment;
  const probe = PROBES[intent.action];
  if (!probe || workspace === null || deployment === null) return unknown("no_provider_state");
  try {
    return await probe(deps, intent, workspace, deployment);
  } catch (err) {
    return unknown(err instanceof ApiError ? err.code : "internal_error");
  }
}

type ProbeFn = (deps: ProbeDeps, intent: AuditRow, workspace: string, deployment: string) => Promise<Probe>;

/** The service's current state, or null when the workspace has no such deployment. */
async function serviceOrNull(deps: ProbeDeps, workspace: string, deployment: string) {
  const p = await getWorkspaceProvider(deps, workspace);
  try {
    return await providerCall(() => p.client.getService(p.ref, deployment));
  } catch (err) {
    if (err instanceof ApiError && err.code === "not_found") return null;
    throw err;
  }
}

const PROBES: Partial<Record<string, ProbeFn>> = {
  "key.regenerate": probeRegeneration,
  "endpoint.create": (deps, _intent, workspace, endpoint) => probeEndpointCreate(deps, workspace, endpoint),
  "endpoint.auth.change": probeEndpointAuthChange,
  "deployment.auth-settings.change": async (deps, intent, workspace, deployment) => {
    if (isEndpointRecord(intent)) return probeEndpointAuthChange(deps, intent, workspace, deployment);
    const d = intent.details;
    const service = await serviceOrNull(deps, workspace, deployment);
    if (!service) return unknown("not_found");
    const found = { keyAuthFound: service.authEnabled, tokenAuthFound: service.aadAuthEnabled };
    const is = (keyAuth: DetailValue | undefined, tokenAuth: DetailValue | undefined) =>
      service.authEnabled === keyAuth && service.aadAuthEnabled === tokenAuth;
    if (is(d.keyAuthBefore, d.tokenAuthBefore)) return { found: "unchanged", details: found };
    if (is(d.keyAuthAfter, d.tokenAuthAfter)) return { found: "changed", details: found };
    return unknown("other_settings", found);
  },
  // A record written before endpoints had their own names says `generation: v2`: an endpoint's create.
  "deployment.create": async (deps, intent, workspace, deployment) => {
    if (isEndpointRecord(intent)) return probeEndpointCreate(deps, workspace, deployment);
    const service = await serviceOrNull(deps, workspace, deployment);
    return service ? { found: "created", details: { state: service.state } } : { found: "absent" };
  },
  "deployment.delete": async (deps, _intent, workspace, deployment) => {
    const service = await serviceOrNull(deps, workspace, deployment);
    return service ? { found: "present", details: { state: service.state } } : { found: "deleted" };
  },
};

/**
 * A regeneration: the key's fingerprint after the action against the one recorded before it
 * (`previousFingerprint` in the intent). "After" is what the next console regeneration of that key saw
 * before it ran, if there was one, else the key as the workspace lists it now. When the console learns
 * only now that the key changed, its record of the key names the intent's actor, at the intent's time.
 */
async function probeRegeneration(
  deps: ProbeDeps,
  intent: AuditRow,
  workspace: string,
  deployment: string,
): Promise<Probe> {
  const keyType = KeyTypeSchema.safeParse(intent.targetKeyType);
  if (!keyType.success) return unknown("no_key_type");
  const next = await nextRegeneration(deps, intent, keyType.data);
  let after: string | null;
  if (next) {
    after = typeof next.details.previousFingerprint === "string" ? next.details.previousFingerprint : null;
  } else {
    const value = keyValueOf(
      await listKeyValues(await getWorkspaceProvider(deps, workspace), deployment),
      keyType.data,
    );
    after = value ? fingerprint(deps.keys.pepper, value) : null;
  }
  if (!("previousFingerprint" in intent.details)) return unknown("nothing_recorded", { fingerprint: after });
  const before = intent.details.previousFingerprint ?? null;
  if (after === before) return { found: "unchanged", details: { fingerprint: after } };
  const current = next ? null : after;
  return {
    found: "regenerated",
    details: { fingerprint: after },
    commit: current
      ? (tx) =>
          recordIfUnknown(tx, {
            workspace,
            deployment,
            keyType: keyType.data,
            fingerprint: current,
            previousFingerprint: typeof before === "string" ? before : null,
            at: intent.at,
            by: intent.actorUsername,
          })
      : undefined,
  };
}

/** The next regeneration intent of the same key: it recorded the key as it found it. */
async function nextRegeneration(deps: ProbeDeps, intent: AuditRow, keyType: KeyType) {
  const [next] = await deps.database.db
    .select({ details: auditEvents.details })
    .from(auditEvents)
    .where(
      and(
        gt(auditEvents.seq, intent.seq),
        eq(auditEvents.action, "key.regenerate"),
        eq(auditEvents.outcome, "intent"),
        eq(auditEvents.targetWorkspace, intent.targetWorkspace ?? ""),
        eq(auditEvents.targetDeployment, intent.targetDeployment ?? ""),
        eq(auditEvents.targetKeyType, keyType),
      ),
    )
    .orderBy(asc(auditEvents.seq))
    .limit(1);
  return next;
}

/** Records the rotation unless the console's record already holds this key (a later rotation wrote it). */
async function recordIfUnknown(tx: Tx, rotation: Parameters<typeof recordRotation>[1]): Promise<void> {
  const [row] = await tx
    .select({ fingerprint: keyMetadata.fingerprint })
    .from(keyMetadata)
    .where(
      and(
        eq(keyMetadata.workspace, rotation.workspace),
        eq(keyMetadata.deployment, rotation.deployment),
        eq(keyMetadata.keyType, rotation.keyType),
      ),
    );
  if (row?.fingerprint !== rotation.fingerprint) await recordRotation(tx, rotation);
}
