import { type AuditFilters, AuditFiltersSchema } from "@keyturn/api-contract";
import { parseLenientSearch } from "../../lib/lenient-search";

/**
 * The audit log's filters (the contract's `AuditFilters`), as they stand in the address bar
 * (`/audit?outcome=denied&actor=ana`) and are sent to `GET /api/audit/events` and
 * `GET /api/audit/export` under the same names. Every field is optional (absent means "any"); they
 * are ANDed by the BFF.
 */
export type { AuditFilters };
export type AuditFilterName = keyof AuditFilters;

/** The filter names in the order they are sent (stable query strings, stable cache keys). */
export const AUDIT_FILTER_NAMES = [
  "actor",
  "action",
  "outcome",
  "workspace",
  "deployment",
  "keyType",
  "from",
  "to",
] as const satisfies readonly AuditFilterName[];

export const hasAuditFilters = (filters: AuditFilters) =>
  AUDIT_FILTER_NAMES.some((name) => filters[name] !== undefined);

/** The filters that are set, as query parameters in a fixed order. */
export function auditFilterParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of AUDIT_FILTER_NAMES) {
    const value = filters[name];
    if (value !== undefined && value !== "") params.set(name, value);
  }
  return params;
}

/** The filters in the address bar, read leniently (an invalid value is dropped). */
export const parseAuditFilters = (search: Record<string, unknown>): AuditFilters =>
  parseLenientSearch(AuditFiltersSchema, search);

const pad = (n: number) => String(n).padStart(2, "0");

/** An ISO instant as the value of a `datetime-local` input, in the reader's time zone. */
export function toLocalInput(iso: string | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value (the reader's time zone) as an ISO instant; empty or invalid → undefined. */
export function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
