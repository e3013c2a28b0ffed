import { describe, expect, it } from "vitest";
import { checkDraft, emptyDraft, type PolicyDraft } from "./policy-draft";

describe("a rotation policy's draft", () => {
  it("sends what the domain accepts; a scope sends only its own fields", () => {
    const draft: PolicyDraft = {
      ...emptyDraft(),
      name: " Risk ",
      scopeKind: "tag",
      tagKey: "team",
      tagValue: "risk",
      workspace: "ws-left-over",
    };
    expect(checkDraft(draft)).toEqual({
      ok: true,
      body: {
        name: "Risk",
        scope: { kind: "tag", name: "team", value: "risk" },
        maxKeyAgeDays: 90,
        graceSeconds: 900,
        requireConfirmation: false,
        enabled: true,
      },
    });
  });

  it("names each field that breaks a rule, and only those (every combination)", () => {
    for (const name of ["", "ok"])
      for (const workspace of ["", "ws-a"])
        for (const maxKeyAgeDays of ["0", "30", "3651", "1.5", "x"])
          for (const graceSeconds of ["0", "2592001", "-1", "60"]) {
            const fields = { name, workspace, maxKeyAgeDays, graceSeconds };
            const result = checkDraft({ ...emptyDraft(), ...fields, scopeKind: "workspace" });
            const expected = [
              ...(name === "" ? ["name"] : []),
              ...(workspace === "" ? ["workspace"] : []),
              ...(maxKeyAgeDays === "30" ? [] : ["maxKeyAgeDays"]),
              ...(["0", "60"].includes(graceSeconds) ? [] : ["graceSeconds"]),
            ];
            if (expected.length === 0) expect(result.ok).toBe(true);
            else expect(result).toEqual({ ok: false, fields: expected });
          }
  });
});
