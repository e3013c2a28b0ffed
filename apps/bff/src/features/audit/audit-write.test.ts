import { describe, expect, it } from "vitest";
import { safeDetails } from "./audit-write.ts";

describe("safeDetails", () => {
  it("records odd request text escaped and bounded, never as text the database refuses", () => {
    expect(safeDetails({ actor: "eve\u0000\n", workspace: "ws\uD800", format: "csv", limit: 5 })).toEqual({
      actor: "eve\\u0000\\u000a",
      workspace: "ws\uFFFD",
      format: "csv",
      limit: 5,
    });
    expect(safeDetails({ q: "word ".repeat(100) })?.q).toBe(`${"word ".repeat(40).slice(0, 199)}…`);
  });

  it("still withholds what looks like a secret", () => {
    expect(safeDetails({ q: "c2VjcmV0LXZhbHVlLW9mLWEta2V5LTEyMzQ1Njc4OTA" })).toEqual({ q: "(withheld)" });
  });
});
