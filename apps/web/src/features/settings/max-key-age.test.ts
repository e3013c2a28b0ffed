import { describe, expect, it } from "vitest";
import { MAX_KEY_AGE_RANGE, parseMaxKeyAge } from "./max-key-age";

describe("parseMaxKeyAge", () => {
  it("takes the range from the domain's schema", () => {
    expect(MAX_KEY_AGE_RANGE).toEqual({ min: 1, max: 3650 });
  });

  it.each([
    ["1", 1],
    ["90", 90],
    [" 365 ", 365],
    ["3650", 3650],
  ])("accepts %j as %d days", (text, days) => {
    expect(parseMaxKeyAge(text)).toEqual({ ok: true, days });
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["abc", "notWhole"],
    ["1.5", "notWhole"],
    ["1e3", "notWhole"],
    ["+90", "notWhole"],
    ["0", "outOfRange"],
    ["-5", "outOfRange"],
    ["3651", "outOfRange"],
    ["99999999999999999999", "outOfRange"],
  ])("refuses %j (%s)", (text, problem) => {
    expect(parseMaxKeyAge(text)).toEqual({ ok: false, problem });
  });
});
