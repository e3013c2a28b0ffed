import { type AuthSettings, type AuthSettingsChange, AuthSettingsChangeSchema } from "@keyturn/auth-domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AuthPatch,
  AuthPatchSchema,
  authChangeToPatch,
  JSON_PATCH_CONTENT_TYPE,
  JsonPatchSchema,
  patchToAuthChange,
} from "./auth-patch.ts";
import { WIRE } from "./wire-fixtures.ts";

const change: fc.Arbitrary<AuthSettingsChange> = fc.record(
  { keyAuth: fc.boolean(), tokenAuth: fc.boolean() },
  { requiredKeys: [], noNullPrototype: true },
);
const nonEmptyChange = change.filter((c) => Object.keys(c).length > 0);
const PATHS = ["/authEnabled", "/aadAuthEnabled"] as const;
const replaceOp = fc.record({
  op: fc.constant("replace" as const),
  path: fc.constantFrom(...PATHS),
  value: fc.boolean(),
});
const authPatch: fc.Arbitrary<AuthPatch> = fc.array(replaceOp, { minLength: 1, maxLength: 2 });
const settings: fc.Arbitrary<AuthSettings> = fc.record({ keyAuth: fc.boolean(), tokenAuth: fc.boolean() });
/** RFC 6902 `replace` on the two auth fields, applied in order to a service's settings. */
function applyPatch(s: AuthSettings, patch: AuthPatch): AuthSettings {
  const next = { ...s };
  for (const op of patch) next[op.path === "/authEnabled" ? "keyAuth" : "tokenAuth"] = op.value;
  return next;
}
const accepts = (patch: unknown) => AuthPatchSchema.safeParse(patch).success;

describe("authChangeToPatch / patchToAuthChange", () => {
  it("round-trip every AuthSettingsChange", () => {
    fc.assert(
      fc.property(change, (c) => {
        expect(patchToAuthChange(authChangeToPatch(c))).toStrictEqual(c);
      }),
    );
  });

  it("turn every non-empty change into a valid AuthPatch that survives JSON", () => {
    fc.assert(
      fc.property(nonEmptyChange, (c) => {
        const wire = JSON.parse(JSON.stringify(authChangeToPatch(c)));
        expect(AuthPatchSchema.parse(wire)).toEqual(authChangeToPatch(c));
        expect(patchToAuthChange(AuthPatchSchema.parse(wire))).toStrictEqual(c);
      }),
    );
  });

  it("send nothing for an empty change: the BFF must refuse it before calling", () => {
    expect(authChangeToPatch({})).toEqual([]);
    expect(accepts(authChangeToPatch({}))).toBe(false);
  });

  it("read a patch as RFC 6902 applies it: the change has the same effect on any settings", () => {
    fc.assert(
      fc.property(authPatch, settings, (patch, current) => {
        const c = patchToAuthChange(patch);
        expect(AuthSettingsChangeSchema.safeParse(c).success).toBe(true);
        expect({ ...current, ...c }).toEqual(applyPatch(current, patch));
        expect(applyPatch(current, authChangeToPatch(c))).toEqual(applyPatch(current, patch));
      }),
    );
  });

  it("map key auth to /authEnabled and token auth to /aadAuthEnabled (the documented example)", () => {
    const patch = AuthPatchSchema.parse(JSON.parse(WIRE.authPatch));
    expect(patchToAuthChange(patch)).toEqual({ keyAuth: false, tokenAuth: true });
    expect(authChangeToPatch({ keyAuth: false, tokenAuth: true })).toEqual(patch);
  });
});

describe("AuthPatchSchema", () => {
  it("refuses other operations", () => {
    const op = fc.constantFrom("add", "remove", "move", "copy", "test", "REPLACE", "");
    fc.assert(
      fc.property(authPatch, op, fc.nat(1), (patch, o, i) => {
        const bad = patch.map((x, j) => (j === i % patch.length ? { ...x, op: o } : x));
        expect(accepts(bad)).toBe(false);
        expect(JsonPatchSchema.safeParse(bad).success).toBe(
          ["add", "remove", "move", "copy", "test"].includes(o),
        );
      }),
    );
  });

  it("refuses other paths", () => {
    const path = fc
      .oneof(
        fc.string(),
        fc.constantFrom("/keys/primaryKey", "/authenabled", "authEnabled", "/authEnabled/", "/"),
      )
      .filter((p) => !(PATHS as readonly string[]).includes(p));
    fc.assert(
      fc.property(authPatch, path, (patch, p) => !accepts([{ ...patch[0], path: p }, ...patch.slice(1)])),
    );
  });

  it("refuses non-boolean values and extra members", () => {
    const value = fc.anything().filter((v) => typeof v !== "boolean");
    fc.assert(fc.property(authPatch, value, (patch, v) => !accepts([{ ...patch[0], value: v }])));
    expect(accepts([{ op: "replace", path: "/authEnabled", value: true, from: "/aadAuthEnabled" }])).toBe(
      false,
    );
    expect(accepts([{ op: "replace", path: "/authEnabled" }])).toBe(false);
  });

  it("takes one or two operations", () => {
    expect(accepts([])).toBe(false);
    fc.assert(fc.property(fc.array(replaceOp, { minLength: 3, maxLength: 6 }), (ops) => !accepts(ops)));
  });

  it("is sent as application/json-patch+json", () => {
    expect(JSON_PATCH_CONTENT_TYPE).toBe("application/json-patch+json");
  });
});
