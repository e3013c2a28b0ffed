import { fingerprint } from "../../crypto/fingerprint.ts";
import { ApiError } from "../../errors/api-error.ts";
import { checkPrecondition, requireIfMatch } from "../../http/if-match.ts";
import { providerCall } from "../../provider/provider-errors.ts";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import { auditedCall, auditScope } from "../audit/public.ts";
import { keyLockName, recordRotation } from "../keys/public.ts";
import { parseKeyType } from "./endpoint-keys.handlers.ts";
import type { regenerateEndpointKey } from "./endpoint-keys.routes.ts";
import { endpointKeysEtag, endpointKeyView, keyValueOf, listEndpointKeyValues } from "./endpoint-keys.ts";
import { endpointKeyOwner } from "./endpoint-path.ts";
import { endpointKeysLockName, endpointTarget, requireMode } from "./endpoint-target.ts";

const SEND_IF_MATCH = "Send If-Match with the keys' current ETag (read them with GET …/keys first).";
const STALE_KEYS = "The keys changed since you read them (a key was regenerated): read them again and retry.";

/**
 * Regenerates one of an endpoint's keys, as the deployment keys' route does: If-Match required (428);
 * under the keys' lock a fresh read and the ETag comparison (412), the intent, Azure's regenerateKeys
 * followed to its end, a new read, the metadata with the success record. The replaced value is kept
 * encrypted for 15 minutes for the previous-key check; nothing else keeps a value.
 */
export const regenerate: AppRouteHandler<typeof regenerateEndpointKey> = async (c) => {
  const params = c.req.valid("param");
  const keyType = parseKeyType(params.keyType);
  const ifMatch = requireIfMatch(c.req.header("if-match"), SEND_IF_MATCH);
  const deps = c.var.deps;
  const { pepper } = deps.keys;
  const target = await endpointTarget(deps, params.workspace, params.name);
  requireMode(target, "Key", "keys");
  const { provider, endpoint } = target;
  const workspace = provider.name;
  const owner = endpointKeyOwner(endpoint.name);

  const outcome = await deps.secrets.keyLocks.run(
    endpointKeysLockName(workspace, endpoint.name),
    async () => {
      if (c.var.signal.aborted) {
        throw new ApiError(504, "provider_timeout", {
          detail: "Timed out waiting for the keys' lock; nothing was done.",
        });
      }
      const current = await listEndpointKeyValues(target);
      checkPrecondition(ifMatch, endpointKeysEtag(pepper, current), STALE_KEYS);
      const before = keyValueOf(current, keyType);
      const previousFingerprint = before ? fingerprint(pepper, before) : null;
      const scope = auditScope(c, {
        action: "endpoint.key.regenerate",
        target: { workspace, deployment: endpoint.name, keyType },
        details: { generation: "v2", previousFingerprint },
      });
      const result = await auditedCall(
        scope,
        async () => {
          await providerCall(() =>
            provider.endpoints.regenerateEndpointKey(provider.ref, endpoint.name, keyType),
          );
          const keys = await listEndpointKeyValues(target);
          const after = keyValueOf(keys, keyType);
          if (!after) throw new ApiError(502, "provider_rejected", { detail: "Azure lists no new key." });
          return {
            value: after,
            fingerprint: fingerprint(pepper, after),
            at: deps.now(),
            etag: endpointKeysEtag(pepper, keys),
          };
        },
        {
          successDetails: (r) => ({ fingerprint: r.fingerprint }),
          commit: (tx, r) =>
            recordRotation(tx, {
              workspace,
              deployment: owner,
              keyType,
              fingerprint: r.fingerprint,
              at: r.at,
              previousFingerprint,
              by: c.var.identity.username,
            }),
        },
      );
      if (before && previousFingerprint) {
        await deps.secrets.previousKeys.remember(keyLockName(workspace, owner, keyType), {
          value: before,
          fingerprint: previousFingerprint,
          replacedAt: result.at,
        });
      }
      return { ...result, previousFingerprint };
    },
  );

  const row = {
    fingerprint: outcome.fingerprint,
    issuedAt: outcome.at,
    rotatedAt: outcome.at,
    rotatedBy: c.var.identity.username,
  };
  const key = endpointKeyView(keyType, outcome.value, pepper, row, endpoint, deps.now());
  return c.json(
    {
      workspace,
      endpoint: endpoint.name,
      outcome: "succeeded" as const,
      previousFingerprint: outcome.previousFingerprint,
      key,
      etag: outcome.etag,
    },
    200,
    { ETag: outcome.etag },
  );
};
