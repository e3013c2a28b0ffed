import { KEY_TYPES, type KeyType, normalizeKeyType } from "@keyturn/auth-domain";
import { constantTimeEqual, fingerprint } from "../../crypto/fingerprint.ts";
import { ApiError } from "../../errors/api-error.ts";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import { auditedCall, auditScope } from "../audit/public.ts";
import { keyRows } from "../keys/public.ts";
import type { identifyEndpointKey, listEndpointKeys, revealEndpointKey } from "./endpoint-keys.routes.ts";
import {
  endpointKeysEtag,
  endpointKeyValue,
  endpointKeyView,
  keyValueOf,
  listEndpointKeyValues,
} from "./endpoint-keys.ts";
import { endpointKeyOwner } from "./endpoint-path.ts";
import { endpointTarget, requireMode } from "./endpoint-target.ts";

/** The key type of a path, case-normalised by the domain, or 400 `invalid_key_type`. */
export function parseKeyType(input: string): KeyType {
  const result = normalizeKeyType(input);
  if (!result.ok) throw new ApiError(400, result.error.code, { detail: result.error.message });
  return result.value;
}

const KEYS = "keys";

export const list: AppRouteHandler<typeof listEndpointKeys> = async (c) => {
  const { workspace, name } = c.req.valid("param");
  const deps = c.var.deps;
  const target = await endpointTarget(deps, workspace, name);
  requireMode(target, "Key", KEYS);
  const [values, rows] = await Promise.all([
    listEndpointKeyValues(target),
    keyRows(deps.database.db, target.provider.name, endpointKeyOwner(name)),
  ]);
  const now = deps.now();
  const keys = KEY_TYPES.flatMap((keyType) => {
    const value = keyValueOf(values, keyType);
    if (!value) return [];
    const row = rows.find((r) => r.keyType === keyType);
    return [endpointKeyView(keyType, value, deps.keys.pepper, row, target.endpoint, now)];
  });
  const etag = endpointKeysEtag(deps.keys.pepper, values);
  return c.json({ workspace: target.provider.name, endpoint: name, keys, etag }, 200, { ETag: etag });
};

export const reveal: AppRouteHandler<typeof revealEndpointKey> = async (c) => {
  const params = c.req.valid("param");
  const keyType = parseKeyType(params.keyType);
  const deps = c.var.deps;
  const target = await endpointTarget(deps, params.workspace, params.name);
  requireMode(target, "Key", KEYS);
  const scope = auditScope(c, {
    action: "endpoint.key.reveal",
    target: { workspace: target.provider.name, deployment: params.name, keyType },
    details: { generation: "v2" },
  });
  const revealed = await auditedCall(
    scope,
    async () => {
      const value = await endpointKeyValue(target, keyType);
      return { value, fingerprint: fingerprint(deps.keys.pepper, value) };
    },
    { successDetails: (r) => ({ fingerprint: r.fingerprint }) },
  );
  c.header("Cache-Control", "no-store");
  c.header("Pragma", "no-cache");
  return c.json({ keyType, fingerprint: revealed.fingerprint, value: revealed.value }, 200);
};

export const identify: AppRouteHandler<typeof identifyEndpointKey> = async (c) => {
  const { workspace, name } = c.req.valid("param");
  const deps = c.var.deps;
  const pasted = fingerprint(deps.keys.pepper, c.req.valid("json").key);
  const target = await endpointTarget(deps, workspace, name);
  requireMode(target, "Key", KEYS);
  const scope = auditScope(c, {
    action: "endpoint.key.identify",
    target: { workspace: target.provider.name, deployment: name },
    details: { generation: "v2" },
  });
  const match = await auditedCall(
    scope,
    async () => {
      const values = await listEndpointKeyValues(target);
      let found: KeyType | "unknown" = "unknown";
      // Both comparisons always run, in constant time, whatever matches first.
      for (const keyType of KEY_TYPES) {
        const value = keyValueOf(values, keyType);
        const equal = constantTimeEqual(pasted, value ? fingerprint(deps.keys.pepper, value) : "");
        if (equal && found === "unknown") found = keyType;
      }
      return found;
    },
    { successDetails: (found) => ({ match: found }) },
  );
  return c.json({ match }, 200);
};
