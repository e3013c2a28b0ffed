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

/**
 * How long ago (or how soon) `value` is from `now`, in its largest whole unit and the reader's
 * language: "3 minutes ago" / "hace 3 minutos", "yesterday" / "ayer", "in 2 hours" / "dentro de 2 horas".
 * Under a second is "now" / "ahora".
 */
export function formatRelativeTime(value: DateInput, now: DateInput, language: string) {
  const seconds = Math.trunc((toDate(value).getTime() - toDate(now).getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(language, { numeric: "auto" });
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, "second");
}

const RELATIVE_UNITS = [
  ["year", 365 * 86_400],
  ["month", 30 * 86_400],
  ["day", 86_400],
  ["hour", 3_600],
  ["minute", 60],
  ["second", 1],
] as const;

export function formatNumber(value: number, language: string, options?: Intl.NumberFormatOptions) {
  return new Intl.NumberFormat(language, options).format(value);
}

/** The helpers bound to the current language (re-rendered when it changes). */
export function useFormatters() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? "en";
  return {
    formatDateTime: (value: DateInput, options?: Intl.DateTimeFormatOptions) =>
      formatDateTime(value, language, options),
    formatDuration: (milliseconds: number) => formatDuration(milliseconds, language),
    formatRelativeTime: (value: DateInput, now: DateInput) => formatRelativeTime(value, now, language),
    formatNumber: (value: number, options?: Intl.NumberFormatOptions) =>
      formatNumber(value, language, options),
  };
}
