import type { AuthSettingsChange } from "@keyturn/auth-domain";
import { z } from "zod";

/** One RFC 6902 operation. The v1 API takes `replace` on the auth fields. */
export const JsonPatchOperationSchema = z.object({
  op: z.enum(["add", "remove", "replace", "move", "copy", "test"]),
  path: z.string().startsWith("/"),
  value: z.unknown().optional(),
  from: z.string().optional(),
});
export type JsonPatchOperation = z.infer<typeof JsonPatchOperationSchema>;

export const JsonPatchSchema = z.array(JsonPatchOperationSchema).min(1);
export type JsonPatch = z.infer<typeof JsonPatchSchema>;

export const JSON_PATCH_CONTENT_TYPE = "application/json-patch+json";

const AuthReplaceSchema = z.strictObject({
  op: z.literal("replace"),
  path: z.enum(["/authEnabled", "/aadAuthEnabled"]),
  value: z.boolean(),
});
/** A JSON Patch that only changes auth settings: what Keyturn sends and what the emulator accepts. */
export const AuthPatchSchema = z.array(AuthReplaceSchema).min(1).max(2);
export type AuthPatch = z.infer<typeof AuthPatchSchema>;

/** Domain change → wire patch (key auth is `authEnabled`, token auth is `aadAuthEnabled`). */
export function authChangeToPatch(change: AuthSettingsChange): AuthPatch {
  const patch: AuthPatch = [];
  if (change.keyAuth !== undefined)
    patch.push({ op: "replace", path: "/authEnabled", value: change.keyAuth });
  if (change.tokenAuth !== undefined)
    patch.push({ op: "replace", path: "/aadAuthEnabled", value: change.tokenAuth });
  return patch;
}

/** Wire patch → domain change; a later operation on the same path wins, as RFC 6902 applies them in order. */
export function patchToAuthChange(patch: AuthPatch): AuthSettingsChange {
  const change: AuthSettingsChange = {};
  for (const op of patch) {
    if (op.path === "/authEnabled") change.keyAuth = op.value;
    else change.tokenAuth = op.value;
  }
  return change;
}
