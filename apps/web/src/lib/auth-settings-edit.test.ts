import { applyAuthChange, COMPUTE_TARGETS, defaultAuthSettings } from "@keyturn/auth-domain";
import { describe, expect, it } from "vitest";
import { authChangeBetween, editAuthSetting } from "./auth-settings-edit";

describe("editAuthSetting", () => {
  it("turns key auth off when token auth goes on (AKS), and says the domain required it", () => {
    const edit = editAuthSetting("AKS", { keyAuth: true, tokenAuth: false }, "tokenAuth", true);
    expect(edit).toMatchObject({
      ok: true,
      settings: { keyAuth: false, tokenAuth: true },
      turnedOff: "keyAuth",
      because: { code: "token_auth_requires_key_off" },
    });
  });

  it("turns token auth off when key auth goes on (AKS)", () => {
    const edit = editAuthSetting("AKS", { keyAuth: false, tokenAuth: true }, "keyAuth", true);
    expect(edit).toMatchObject({
      ok: true,
      settings: { keyAuth: true, tokenAuth: false },
      turnedOff: "tokenAuth",
      because: { code: "key_and_token_auth_together" },
    });
  });

  it("refuses token auth on ACI and changes nothing", () => {
    const current = defaultAuthSettings("ACI");
    const edit = editAuthSetting("ACI", current, "tokenAuth", true);
    expect(edit).toEqual({
      ok: false,
      settings: current,
      error: expect.objectContaining({ code: "token_auth_requires_aks" }),
    });
  });

  it("lets both go off", () => {
    expect(editAuthSetting("AKS", { keyAuth: true, tokenAuth: false }, "keyAuth", false)).toEqual({
      ok: true,
      settings: { keyAuth: false, tokenAuth: false },
    });
  });

  it.each(COMPUTE_TARGETS)("only ever produces settings the domain accepts as a change (%s)", (target) => {
    for (const keyAuth of [true, false]) {
      for (const tokenAuth of [true, false]) {
        const current = { keyAuth, tokenAuth };
        if (!applyAuthChange(target, current, {}).ok) continue;
        for (const field of ["keyAuth", "tokenAuth"] as const) {
          for (const value of [true, false]) {
            const edit = editAuthSetting(target, current, field, value);
            expect(applyAuthChange(target, current, authChangeBetween(current, edit.settings)).ok).toBe(true);
          }
        }
      }
    }
  });
});

describe("authChangeBetween", () => {
  it("keeps only the switches that differ", () => {
    expect(
      authChangeBetween({ keyAuth: true, tokenAuth: false }, { keyAuth: false, tokenAuth: true }),
    ).toEqual({
      keyAuth: false,
      tokenAuth: true,
    });
    expect(
      authChangeBetween({ keyAuth: true, tokenAuth: false }, { keyAuth: false, tokenAuth: false }),
    ).toEqual({
      keyAuth: false,
    });
    expect(
      authChangeBetween({ keyAuth: true, tokenAuth: false }, { keyAuth: true, tokenAuth: false }),
    ).toEqual({});
  });
});
