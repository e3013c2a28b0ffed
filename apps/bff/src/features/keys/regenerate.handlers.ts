import { weakKeyReason } from "@keyturn/auth-domain";
import { fingerprint } from "../../crypto/fingerprint.ts";
import { ApiError } from "../../errors/api-error.ts";
import { checkPrecondition, requireIfMatch } from "../../http/if-match.ts";
import { providerCall } from "../../provider/provider-errors.ts";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import { auditedCall, auditScope } from "../audit/public.ts";
import { deploymentTarget } from "../scoring/public.ts";
import { keyLockName, keysLockName } from "./key-lock.ts";
import { keyView, recordRotation } from "./key-metadata-store.ts";
import { keyValueOf, listKeyValues, parseKeyType } from "./key-values.ts";
import type { regenerateKey } from "./keys.routes.ts";
import { keysEtagOf } from "./keys-etag.ts";

const SEND_IF_MATCH = "Send If-Match with the keys' current ETag (read them with GET …/keys first).";
const STALE_KEYS = "The keys changed since you read them (a key was regenerated): read them again and retry.";

/**
 * Regenerates one key. If-Match is required (428) before anything is read. Under the lock of the
 * deployment's keys (across replicas): read both keys (the value being replaced among them), compare
 * their ETag with If-Match (412 with the current ETag, nothing written or audited — as PATCH …/auth),
 * record the intent, regenerate and wait for the workspace's operation, read the keys again, then commit
 * the key's metadata with the success record. The answer carries the keys' new ETag. The replaced value
 * is kept encrypted for 15 minutes, for the previous-key enforcement check on any replica (ADR 014);
 * nothing else keeps a value.
 */
export const regenerate: AppRouteHandler<typeof regenerateKey> = async (c) => {
  const params = c.req.valid("param");
  const keyType = parseKeyType(params.keyType);
  const ifMatch = requireIfMatch(c.req.header("if-match"), SEND_IF_MATCH);
  const deps = c.var.deps;
  const { pepper } = deps.keys;
  const { provider, service } = await deploymentTarget(deps, params.workspace, params.name);
  const { client, ref } = provider;
  const deployment = service.name;
  const target = { workspace: provider.name, deployment, keyType };
  const runtime = deps.secrets;
  const previousKeyName = keyLockName(provider.name, deployment, keyType);

  const outcome = await runtime.keyLocks.run(keysLockName(provider.name, deployment), async () => {
    // Answered 504 already while queued behind other regenerations of these keys: do nothing.
    if (c.var.signal.aborted) {
      throw new ApiError(504, "provider_timeout", {
        detail: "Timed out waiting for the keys' lock; nothing was done.",
      });
    }
    const current = await listKeyValues(provider, deployment);
    checkPrecondition(ifMatch, keysEtagOf(pepper, current), STALE_KEYS);
    const before = keyValueOf(current, keyType);
    const previousFingerprint = before ? fingerprint(pepper, before) : null;
    const result = await auditedCall(
      auditScope(c, { action: "key.regenerate", target, details: { previousFingerprint } }),
      async () => {
        const pending = await providerCall(() => client.regenerateKey(ref, deployment, keyType));
        if (pending) await providerCall(() => client.waitForOperation(pending));
        const keys = await listKeyValues(provider, deployment);
        const after = keyValueOf(keys, keyType);
        if (!after)
          throw new ApiError(502, "provider_rejected", { detail: "The workspace lists no new key." });
        return {
          fingerprint: fingerprint(pepper, after),
          at: deps.now(),
          etag: keysEtagOf(pepper, keys),
          weak: weakKeyReason(after) !== null,
        };
      },
      {
        successDetails: (r) => ({ fingerprint: r.fingerprint }),
        commit: (tx, r) =>
          recordRotation(tx, {
            ...target,
            fingerprint: r.fingerprint,
            at: r.at,
            previousFingerprint,
            by: c.var.identity.username,
          }),
      },
    );
    if (before && previousFingerprint) {
      await runtime.previousKeys.remember(previousKeyName, {
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
    outcome.weak,
  );
  return c.json(
    {
      workspace: provider.name,
      deployment,
      outcome: "succeeded" as const,
      previousFingerprint: outcome.previousFingerprint,
      key,
      etag: outcome.etag,
    },
    200,
    { ETag: outcome.etag },
  );
};
