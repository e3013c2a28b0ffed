import type { KeyType } from "@keyturn/auth-domain";
import { SAMPLE_SCORING_INPUT } from "@keyturn/azureml-rest";
import type { AppDeps } from "../../app-env.ts";
import { fingerprint } from "../../crypto/fingerprint.ts";
import { ApiError } from "../../errors/api-error.ts";
import { regionOfWorkspace } from "../../provider/provider-fetch.ts";
import { auditedCall } from "../audit/public.ts";
import { keyLockName, recordRotation } from "../keys/public.ts";
import { callScoringUri } from "../scoring/public.ts";
import { listDestinations, recordPublished } from "./destination-store.ts";
import type { RotatableKeys } from "./key-provider.ts";
import { rotationScope } from "./rotation-audit.ts";
import type { StoredRotation, StoredStep } from "./rotation-record.ts";
import { publishFailureCode, vaultPublisher } from "./vault-publisher.ts";

/** A step that failed for a reason of its own (a code), with what it did before failing. */
export class StepFailure extends Error {
  constructor(
    readonly reason: string,
    readonly destinations: StoredStep["destinations"] = [],
  ) {
    super(reason);
  }
}

export interface StepContext {
  deps: AppDeps;
  keys: RotatableKeys;
  rotation: StoredRotation;
}

const fingerprintOf = (deps: AppDeps, value: string | null) =>
  value === null ? null : fingerprint(deps.keys.pepper, value);

/** The slot's fingerprint now (what a regeneration starts from). */
export async function slotFingerprint(ctx: StepContext, slot: KeyType): Promise<string | null> {
  return fingerprintOf(ctx.deps, await ctx.keys.read(slot));
}

/**
 * Regenerates one slot as the keys routes do: under the deployment's keys lock (across replicas), an
 * audited `key.regenerate` call, the key's metadata committed with its success record, the replaced
 * value held for the previous-key check. Checked, not blind: when the slot's fingerprint is no longer
 * `before` (a crashed run regenerated it already), nothing is called and the current key stands.
 */
export async function regenerateSlot(
  ctx: StepContext,
  slot: KeyType,
  before: string | null,
): Promise<{ fingerprint: string | null }> {
  const { deps, keys, rotation } = ctx;
  const target = { workspace: keys.workspace, deployment: keys.deployment, keyType: slot };
  // The keys routes' lock: a rotation's regeneration and a person's never overlap.
  return deps.secrets.keyLocks.run(keys.lockName, async () => {
    const value = await keys.read(slot);
    const current = fingerprintOf(deps, value);
    if (current !== before) return { fingerprint: current };
    const scope = rotationScope(
      deps,
      rotation,
      keys.regenerateAction,
      { previousFingerprint: before ?? undefined },
      {
        keyType: slot,
      },
    );
    const result = await auditedCall(
      scope,
      async () => {
        await keys.regenerate(slot);
        const after = await keys.read(slot);
        if (!after)
          throw new ApiError(502, "provider_rejected", { detail: "The workspace lists no new key." });
        return { fingerprint: fingerprint(deps.keys.pepper, after), at: deps.now() };
      },
      {
        successDetails: (r) => ({ fingerprint: r.fingerprint }),
        commit: (tx, r) =>
          recordRotation(tx, {
            ...target,
            fingerprint: r.fingerprint,
            at: r.at,
            previousFingerprint: before,
            by: rotation.startedBy,
          }),
      },
    );
    if (value && before) {
      await deps.secrets.previousKeys.remember(keyLockName(keys.workspace, keys.deployment, slot), {
        value,
        fingerprint: before,
        replacedAt: result.at,
      });
    }
    return { fingerprint: result.fingerprint };
  });
}

/** Statuses that say the scoring URI refused the credential itself. */
const REFUSED = new Set([401, 403]);

/**
 * Sends the new key to the scoring URI, as a caller would. Accepted (any answer but 401/403 or a
 * server error) or the step fails: the old key stays alive. Unreachable or slow answers are retried
 * twice before the step fails.
 */
export async function verifyKey(
  ctx: Pick<StepContext, "deps" | "keys">,
  slot: KeyType,
): Promise<{ fingerprint: string | null }> {
  const value = await ctx.keys.read(slot);
  if (!value) throw new ApiError(409, "conflict", { detail: "The new slot holds no key." });
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const answer = await callScoringUri({
        scoringUri: ctx.keys.scoringUri,
        credential: value,
        body: SAMPLE_SCORING_INPUT,
        region: regionOfWorkspace(ctx.deps.providerClients, ctx.keys.workspace),
        metrics: ctx.deps.metrics,
      });
      if (REFUSED.has(answer.status)) throw new StepFailure("new_key_refused");
      if (answer.status >= 500) throw new StepFailure("scoring_failed");
      return { fingerprint: fingerprintOf(ctx.deps, value) };
    } catch (err) {
      lastError = err;
      if (err instanceof StepFailure && err.reason === "new_key_refused") break;
      await new Promise((resolve) => setTimeout(resolve, 500 * (attempt + 1)));
    }
  }
  throw lastError;
}

/**
 * Writes the slot's key as a new version of every destination's secret. Any write that fails fails the
 * step (the old key stays alive); the versions written are recorded either way. Re-running it after a
 * crash writes one more version of the same value, which callers read alike.
 */
export async function publishKey(
  ctx: StepContext,
  slot: KeyType,
): Promise<Pick<StoredStep, "destinations" | "fingerprint">> {
  const { deps, keys } = ctx;
  const value = await keys.read(slot);
  if (!value) throw new ApiError(409, "conflict", { detail: "The new slot holds no key." });
  const destinations = await listDestinations(deps.database.db, keys.workspace, keys.deployment);
  const written = await publishTo(deps, keys, value, slot, destinations);
  if (written.some((w) => w.error !== null)) throw new StepFailure("destination_failed", written);
  return { destinations: written, fingerprint: fingerprintOf(deps, value) };
}

/**
 * Publishes `value` to each destination; the writes, each with its version or its error code. Writes
 * the versions to the destinations' rows when `record` is set (the rows exist).
 */
export async function publishTo(
  deps: AppDeps,
  keys: Pick<RotatableKeys, "workspace" | "deployment" | "connectionId">,
  value: string,
  slot: KeyType,
  destinations: ReadonlyArray<{ vaultUrl: string; secretName: string }>,
  record = true,
): Promise<StoredStep["destinations"]> {
  if (destinations.length === 0) return [];
  const publisher = await vaultPublisher(deps, keys);
  const written: StoredStep["destinations"] = [];
  for (const d of destinations) {
    const where = { workspace: keys.workspace, deployment: keys.deployment, ...d };
    try {
      const version = await publisher.publish(d, value, { deployment: keys.deployment, slot });
      if (record) await recordPublished(deps.database.db, where, version, deps.now());
      written.push({ vaultUrl: d.vaultUrl, secretName: d.secretName, version, error: null });
    } catch (err) {
      const code = publishFailureCode(err);
      deps.logger.warn({ code, vaultUrl: d.vaultUrl }, "rotation: a destination refused the key");
      written.push({ vaultUrl: d.vaultUrl, secretName: d.secretName, version: null, error: code });
    }
  }
  return written;
}
