import { describe, expect, it } from "vitest";
import { formatDateTime, formatDuration, formatNumber, formatRelativeTime } from "./format";

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

describe("relative times", () => {
  const now = Date.UTC(2026, 11, 7, 13, 45);
  const before = (milliseconds: number) => new Date(now - milliseconds).toISOString();

  it("say how long ago in the largest whole unit, in English and Spanish", () => {
    expect(formatRelativeTime(before(3 * 60_000 + 20_000), now, "en")).toBe("3 minutes ago");
    expect(formatRelativeTime(before(3 * 60_000 + 20_000), now, "es")).toBe("hace 3 minutos");
    expect(formatRelativeTime(before(5 * 3_600_000), now, "en")).toBe("5 hours ago");
    expect(formatRelativeTime(before(86_400_000), now, "en")).toBe("yesterday");
    expect(formatRelativeTime(before(86_400_000), now, "es")).toBe("ayer");
    expect(formatRelativeTime(before(40 * 86_400_000), now, "en")).toBe("last month");
    expect(formatRelativeTime(before(400), now, "en")).toBe("now");
  });

  it("say how soon a future time is", () => {
    expect(formatRelativeTime(now + 2 * 3_600_000, now, "en")).toBe("in 2 hours");
    expect(formatRelativeTime(now + 2 * 3_600_000, now, "es")).toBe("dentro de 2 horas");
  });

  it("never say 0 days for something minutes old", () => {
    for (const age of [1_000, 59_999, 60_000, 3_599_999, 3_600_000, 86_399_999]) {
      const text = formatRelativeTime(before(age), now, "en");
      expect(text).not.toMatch(/day|^0 /);
      expect(text).toMatch(/ago$/);
    }
  });
});
