import { KEY_TYPES, type KeyType, weakKeyReason } from "@keyturn/auth-domain";
import { constantTimeEqual, fingerprint } from "../../crypto/fingerprint.ts";
import { getWorkspaceProvider } from "../../provider/workspace-provider.ts";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import { auditedCall, auditScope } from "../audit/public.ts";
import { deploymentTarget } from "../scoring/public.ts";
import { keyRows, keyView } from "./key-metadata-store.ts";
import { keyValue, keyValueOf, listKeyValues, parseKeyType } from "./key-values.ts";
import type { identifyKey, listKeys, revealKey } from "./keys.routes.ts";
import { keyFingerprints, keysEtag } from "./keys-etag.ts";

export const list: AppRouteHandler<typeof listKeys> = async (c) => {
  const { workspace, name } = c.req.valid("param");
  const deps = c.var.deps;
  const { provider, service } = await deploymentTarget(deps, workspace, name);
  const [values, rows] = await Promise.all([
    listKeyValues(provider, name),
    keyRows(deps.database.db, provider.name, name),
  ]);
  const now = deps.now();
  const fingerprints = keyFingerprints(deps.keys.pepper, values);
  const keys = KEY_TYPES.flatMap((keyType) => {
    const keyFingerprint = keyType === "Primary" ? fingerprints.primary : fingerprints.secondary;
    if (!keyFingerprint) return [];
    const row = rows.find((r) => r.keyType === keyType);
    const weak = weakKeyReason(keyValueOf(values, keyType) ?? "") !== null;
    return [keyView(keyType, keyFingerprint, row, service, now, weak)];
  });
  const etag = keysEtag(fingerprints);
  return c.json({ workspace: provider.name, deployment: name, keys, etag }, 200, { ETag: etag });
};

export const reveal: AppRouteHandler<typeof revealKey> = async (c) => {
  const params = c.req.valid("param");
  const keyType = parseKeyType(params.keyType);
  const deps = c.var.deps;
  const provider = await getWorkspaceProvider(deps, params.workspace);
  const target = { workspace: provider.name, deployment: params.name, keyType };
  const revealed = await auditedCall(
    auditScope(c, { action: "key.reveal", target }),
    async () => {
      const value = await keyValue(provider, params.name, keyType);
      return { value, fingerprint: fingerprint(deps.keys.pepper, value) };
    },
    { successDetails: (r) => ({ fingerprint: r.fingerprint }) },
  );
  c.header("Cache-Control", "no-store");
  c.header("Pragma", "no-cache");
  return c.json({ keyType, fingerprint: revealed.fingerprint, value: revealed.value }, 200);
};

export const identify: AppRouteHandler<typeof identifyKey> = async (c) => {
  const { workspace, name } = c.req.valid("param");
  const pasted = fingerprint(c.var.deps.keys.pepper, c.req.valid("json").key);
  const deps = c.var.deps;
  const provider = await getWorkspaceProvider(deps, workspace);
  const match = await auditedCall(
    auditScope(c, { action: "key.identify", target: { workspace: provider.name, deployment: name } }),
    async () => {
      const values = await listKeyValues(provider, name);
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
