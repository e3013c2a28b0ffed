import { auditedCommit } from "../../audit/audited-commit.ts";
import { fingerprint } from "../../crypto/fingerprint.ts";
import { ApiError } from "../../errors/api-error.ts";
import { keyLockName } from "../../keys/key-lock.ts";
import { keyView, recordRotation } from "../../keys/key-metadata-store.ts";
import { keyValueOf, listKeyValues, parseKeyType } from "../../keys/key-values.ts";
import { providerCall } from "../../provider/provider-errors.ts";
import { deploymentTarget } from "../../scoring/deployment-target.ts";
import { secretsRuntime } from "../../secrets-runtime.ts";
import type { AppRouteHandler } from "../create-router.ts";
import type { regenerateKey } from "./keys.routes.ts";

/**
 * Regenerates one key, serialised per (deployment, key type) across replicas: read the value being
 * replaced, record the intent, regenerate and wait for the workspace's operation, read the new value,
 * then commit the key's metadata with the success record. The replaced value stays only in memory,
 * encrypted, for the previous-key enforcement check (ADR 004); nothing else keeps a value.
 */
export const regenerate: AppRouteHandler<typeof regenerateKey> = async (c) => {
  const params = c.req.valid("param");
  const keyType = parseKeyType(params.keyType);
  const deps = c.var.deps;
  const { pepper } = deps.keys;
  const { provider, service } = await deploymentTarget(deps, params.workspace, params.name);
  const { client, ref } = provider;
  const deployment = service.name;
  const target = { workspace: provider.name, deployment, keyType };
  const runtime = secretsRuntime(deps);
  const lockName = keyLockName(provider.name, deployment, keyType);

  const outcome = await runtime.keyLocks.run(lockName, async () => {
    // Answered 504 already while queued behind other regenerations of this key: do nothing.
    if (c.var.signal.aborted) {
      throw new ApiError(504, "provider_timeout", {
        detail: "Timed out waiting for the key's lock; nothing was done.",
      });
    }
    const before = keyValueOf(await listKeyValues(provider, deployment), keyType);
    const previousFingerprint = before ? fingerprint(pepper, before) : null;
    const result = await auditedCommit(
      c,
      { action: "key.regenerate", target, details: { previousFingerprint } },
      async () => {
        const pending = await providerCall(() => client.regenerateKey(ref, deployment, keyType));
        if (pending) await providerCall(() => client.waitForOperation(pending));
        const after = keyValueOf(await listKeyValues(provider, deployment), keyType);
        if (!after)
          throw new ApiError(502, "provider_rejected", { detail: "The workspace lists no new key." });
        return { fingerprint: fingerprint(pepper, after), at: deps.now() };
      },
      {
        successDetails: (r) => ({ fingerprint: r.fingerprint }),
        commit: (tx, r) =>
          recordRotation(tx, { ...target, ...r, previousFingerprint, by: c.var.identity.username }),
      },
    );
    if (before && previousFingerprint) {
      runtime.previousKeys.remember(lockName, {
        value: before,
        fingerprint: previousFingerprint,
        replacedAt: result.at,
      });
    }
    return { ...result, previousFingerprint };
  });

  const record = { fingerprint: outcome.fingerprint, issuedAt: outcome.at, rotatedAt: outcome.at };
  const key = keyView(
    keyType,
    outcome.fingerprint,
    { ...record, rotatedBy: c.var.identity.username },
    service,
    deps.now(),
  );
  return c.json(
    {
      workspace: provider.name,
      deployment,
      outcome: "succeeded" as const,
      previousFingerprint: outcome.previousFingerprint,
      key,
    },
    200,
  );
};
