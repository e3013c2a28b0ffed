import { useTranslation } from "react-i18next";

type DateInput = Date | string | number;

const toDate = (value: DateInput) => (value instanceof Date ? value : new Date(value));

/** A date and time in the reader's language, e.g. "Mar 4, 2026, 2:05 PM" / "4 mar 2026, 14:05". */
export function formatDateTime(value: DateInput, language: string, options?: Intl.DateTimeFormatOptions) {
  return new Intl.DateTimeFormat(language, options ?? { dateStyle: "medium", timeStyle: "short" }).format(
    toDate(value),
  );
}

const UNITS = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
  ["second", 1_000],
] as const;

/**
 * A duration in milliseconds, as its two largest non-zero units: "2 hr 5 min", "45 sec", "3 d 4 h".
 * Negative durations are shown by their absolute value; under a second is "0 sec".
 */
export function formatDuration(milliseconds: number, language: string) {
  let rest = Math.abs(Math.trunc(milliseconds));
  const parts: string[] = [];
  for (const [unit, size] of UNITS) {
    const amount = Math.floor(rest / size);
    rest -= amount * size;
    if (amount > 0 && parts.length < 2) {
      parts.push(
        new Intl.NumberFormat(language, { style: "unit", unit, unitDisplay: "short" }).format(amount),
      );
    }
  }
  if (parts.length === 0) {
    return new Intl.NumberFormat(language, { style: "unit", unit: "second", unitDisplay: "short" }).format(0);
  }
  return new Intl.ListFormat(language, { style: "narrow", type: "unit" }).format(parts);
}

export function formatNumber(value: number, language: string, options?: Intl.NumberFormatOptions) {
  return new Intl.NumberFormat(language, options).format(value);
}

/** The three helpers bound to the current language (re-rendered when it changes). */
export function useFormatters() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? "en";
  return {
    formatDateTime: (value: DateInput, options?: Intl.DateTimeFormatOptions) =>
      formatDateTime(value, language, options),
    formatDuration: (milliseconds: number) => formatDuration(milliseconds, language),
    formatNumber: (value: number, options?: Intl.NumberFormatOptions) =>
      formatNumber(value, language, options),
  };
}
