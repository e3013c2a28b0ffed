import { describe, expect, it } from "vitest";
import { formatDateTime, formatDuration, formatNumber } from "./format";

// Intl output may use narrow no-break spaces; compare on plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatters", () => {
  it("format numbers per language", () => {
    expect(plain(formatNumber(1234567.5, "en"))).toBe("1,234,567.5");
    expect(plain(formatNumber(1234567.5, "es"))).toBe("1.234.567,5");
  });

  it("format dates per language", () => {
    const date = new Date(Date.UTC(2026, 2, 4, 14, 5));
    const options = { dateStyle: "long", timeZone: "UTC" } as const;
    expect(formatDateTime(date, "en", options)).toBe("March 4, 2026");
    expect(formatDateTime(date, "es", options)).toBe("4 de marzo de 2026");
    expect(formatDateTime(date.toISOString(), "en", options)).toBe("March 4, 2026");
  });

  it("format durations as their two largest units", () => {
    expect(plain(formatDuration(45_000, "en"))).toBe("45 sec");
    expect(plain(formatDuration(2 * 3_600_000 + 5 * 60_000 + 7_000, "en"))).toBe("2 hr 5 min");
    expect(plain(formatDuration(3 * 86_400_000 + 4 * 3_600_000, "es"))).toBe("3 d 4 h");
    expect(plain(formatDuration(0, "en"))).toBe("0 sec");
  });
});
