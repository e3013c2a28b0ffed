import { type PostureFilters, PostureFiltersSchema } from "@keyturn/api-contract";
import { parseLenientSearch } from "../../lib/lenient-search";

/**
 * The findings' filters (the contract's `PostureFilters`), as they stand in the address bar
 * (`/posture?severity=high&workspace=ws-1`; the inventory links a row's findings as
 * `/posture?workspace=ws-1&deployment=scorer&generation=v1`) and are sent to `GET /api/posture` under the same names.
 * Absent means "any".
 */
export type PostureSearch = PostureFilters;

export const POSTURE_FILTER_NAMES = ["severity", "rule", "workspace", "deployment", "generation"] as const;

export const hasPostureFilters = (search: PostureSearch) =>
  POSTURE_FILTER_NAMES.some((name) => search[name] !== undefined);

/** Reads the filters leniently: a value the BFF would refuse is dropped (an old link still opens). */
export const parsePostureSearch = (search: Record<string, unknown>): PostureSearch =>
  parseLenientSearch(PostureFiltersSchema, search);
