import { describe, expect, it } from "vitest";
import { DEFAULT_GRACE, DEFAULT_GRACE_SECONDS, graceDraftOf, initialGrace, parseGrace } from "./grace-period";

describe("the wizard's first grace period", () => {
  it("is the governing policy's, in its largest whole unit", () => {
    expect(graceDraftOf(3600)).toEqual({ amount: "1", unit: "hours" });
    expect(graceDraftOf(5400)).toEqual({ amount: "90", unit: "minutes" });
    expect(graceDraftOf(172_800)).toEqual({ amount: "2", unit: "days" });
    expect(graceDraftOf(90)).toEqual({ amount: "90", unit: "seconds" });
    expect(graceDraftOf(0)).toEqual({ amount: "0", unit: "seconds" });
    expect(initialGrace({ graceSeconds: 1800 })).toEqual({ amount: "30", unit: "minutes" });
  });

  it("reads back as the same number of seconds, up to 30 days", () => {
    for (const seconds of [0, 1, 59, 60, 61, 3599, 3600, 86_399, 86_400, 30 * 86_400]) {
      expect(parseGrace(graceDraftOf(seconds))).toEqual({ ok: true, seconds });
    }
  });

  it("is 15 minutes when no policy governs", () => {
    expect(initialGrace(null)).toBe(DEFAULT_GRACE);
    expect(parseGrace(DEFAULT_GRACE)).toEqual({ ok: true, seconds: DEFAULT_GRACE_SECONDS });
  });
});
