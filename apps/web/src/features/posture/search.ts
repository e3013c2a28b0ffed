import { type PostureFilters, PostureFiltersSchema } from "@keyturn/api-contract";

/**
 * The findings' filters (the contract's `PostureFilters`), as they stand in the address bar
 * (`/posture?severity=high&workspace=ws-1`) and are sent to `GET /api/posture` under the same names.
 * Absent means "any".
 */
export type PostureSearch = PostureFilters;

export const POSTURE_FILTER_NAMES = ["severity", "rule", "workspace"] as const;

export const hasPostureFilters = (search: PostureSearch) =>
  POSTURE_FILTER_NAMES.some((name) => search[name] !== undefined);

/** Reads the filters leniently: a value the BFF would refuse is dropped (an old link still opens). */
export function parsePostureSearch(search: Record<string, unknown>): PostureSearch {
  const parsed: Record<string, unknown> = {};
  for (const name of POSTURE_FILTER_NAMES) {
    const raw = search[name];
    const value = PostureFiltersSchema.shape[name].safeParse(typeof raw === "string" ? raw.trim() : raw);
    if (value.success && value.data !== undefined) parsed[name] = value.data;
  }
  return parsed as PostureSearch;
}
