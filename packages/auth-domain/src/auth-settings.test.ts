import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AuthSettings,
  type AuthSettingsChange,
  applyAuthChange,
  authMode,
  defaultAuthSettings,
  supportsTokenAuth,
  validateAuthSettings,
} from "./auth-settings.ts";
import { COMPUTE_TARGETS } from "./compute.ts";
import { DomainErrorSchema } from "./errors.ts";

const target = fc.constantFrom(...COMPUTE_TARGETS);
const settings: fc.Arbitrary<AuthSettings> = fc.record({ keyAuth: fc.boolean(), tokenAuth: fc.boolean() });
/** Any subset of the two fields, each absent or set. */
const change: fc.Arbitrary<AuthSettingsChange> = fc.record(
  { keyAuth: fc.boolean(), tokenAuth: fc.boolean() },
  { requiredKeys: [] },
);

describe("validateAuthSettings", () => {
  it("accepts exactly when not (key and token) and (token ⇒ AKS)", () => {
    fc.assert(
      fc.property(target, settings, (t, s) => {
        const expected = !(s.keyAuth && s.tokenAuth) && (!s.tokenAuth || t === "AKS");
        const result = validateAuthSettings(t, s);
        expect(result.ok).toBe(expected);
        if (result.ok) expect(result.value).toEqual(s);
        else expect(DomainErrorSchema.safeParse(result.error).success).toBe(true);
      }),
    );
  });

  it("names the ACI refusal before the key-and-token one", () => {
    const result = validateAuthSettings("ACI", { keyAuth: true, tokenAuth: true });
    expect(result).toMatchObject({ ok: false, error: { code: "token_auth_requires_aks" } });
    expect(validateAuthSettings("AKS", { keyAuth: true, tokenAuth: true })).toMatchObject({
      ok: false,
      error: { code: "key_and_token_auth_together" },
    });
  });
});

describe("defaultAuthSettings", () => {
  it("is ACI {key off, token off} and AKS {key on, token off}", () => {
    expect(defaultAuthSettings("ACI")).toEqual({ keyAuth: false, tokenAuth: false });
    expect(defaultAuthSettings("AKS")).toEqual({ keyAuth: true, tokenAuth: false });
  });

  it("always validates", () => {
    fc.assert(fc.property(target, (t) => validateAuthSettings(t, defaultAuthSettings(t)).ok));
  });

  it("offers token auth on AKS only", () => {
    expect(supportsTokenAuth("AKS")).toBe(true);
    expect(supportsTokenAuth("ACI")).toBe(false);
  });
});

describe("authMode", () => {
  it("is token when token is on, else key when key is on, else none", () => {
    fc.assert(
      fc.property(settings, (s) => {
        const mode = authMode(s);
        expect(mode === "none").toBe(!s.keyAuth && !s.tokenAuth);
        expect(mode === "token").toBe(s.tokenAuth);
        expect(mode === "key").toBe(s.keyAuth && !s.tokenAuth);
      }),
    );
  });
});

describe("applyAuthChange", () => {
  const validCurrent = fc.tuple(target, settings).filter(([t, s]) => validateAuthSettings(t, s).ok);

  it("when ok, equals the merge of current and change, and the result validates", () => {
    fc.assert(
      fc.property(validCurrent, change, ([t, current], c) => {
        const result = applyAuthChange(t, current, c);
        const merged = { ...current, ...c };
        if (result.ok) {
          expect(result.value).toEqual(merged);
          expect(validateAuthSettings(t, result.value).ok).toBe(true);
        } else {
          expect(DomainErrorSchema.safeParse(result.error).success).toBe(true);
        }
      }),
    );
  });

  it("accepts exactly the changes whose merge validates, unless token goes on with key on by omission", () => {
    fc.assert(
      fc.property(validCurrent, change, ([t, current], c) => {
        const merged = { ...current, ...c };
        const byOmission = t === "AKS" && c.tokenAuth === true && c.keyAuth === undefined && current.keyAuth;
        const result = applyAuthChange(t, current, c);
        const merge = validateAuthSettings(t, merged);
        expect(result.ok).toBe(!byOmission && merge.ok);
        if (byOmission) expect(result).toMatchObject({ error: { code: "token_auth_requires_key_off" } });
        else if (!merge.ok) expect(result).toMatchObject({ error: { code: merge.error.code } });
      }),
    );
  });

  it("refuses token on AKS while key stays on by omission with token_auth_requires_key_off", () => {
    fc.assert(
      fc.property(fc.boolean(), (tokenNow) => {
        const current = { keyAuth: !tokenNow, tokenAuth: tokenNow };
        const result = applyAuthChange("AKS", current, { tokenAuth: true });
        if (tokenNow) expect(result.ok).toBe(true);
        else expect(result).toMatchObject({ ok: false, error: { code: "token_auth_requires_key_off" } });
      }),
    );
  });

  it("switches AKS from key to token when key goes off in the same change", () => {
    expect(applyAuthChange("AKS", defaultAuthSettings("AKS"), { keyAuth: false, tokenAuth: true })).toEqual({
      ok: true,
      value: { keyAuth: false, tokenAuth: true },
    });
  });

  it("refuses token on ACI with token_auth_requires_aks, whatever else the change says", () => {
    fc.assert(
      fc.property(
        settings.filter((s) => !s.tokenAuth),
        fc.option(fc.boolean(), { nil: undefined }),
        (s, k) => {
          const c: AuthSettingsChange =
            k === undefined ? { tokenAuth: true } : { keyAuth: k, tokenAuth: true };
          const result = applyAuthChange("ACI", s, c);
          expect(result).toMatchObject({ ok: false, error: { code: "token_auth_requires_aks" } });
        },
      ),
    );
  });

  it("gives every refusal a non-empty message", () => {
    fc.assert(
      fc.property(target, settings, change, (t, current, c) => {
        const result = applyAuthChange(t, current, c);
        if (!result.ok) expect(result.error.message.trim().length).toBeGreaterThan(0);
      }),
    );
  });
});
