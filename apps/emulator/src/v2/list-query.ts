import { armBadRequest } from "./arm-error.ts";
import type { EndpointRecord } from "./state.ts";

const ORDERS = ["CreatedAtDesc", "CreatedAtAsc", "UpdatedAtDesc", "UpdatedAtAsc"] as const;
const COMPUTE_TYPES = ["Managed", "Kubernetes", "AzureMLCompute"] as const;
const DEFAULT_PAGE = 100;
const MAX_PAGE = 1000;

export interface ListQuery {
  name?: string;
  computeType?: (typeof COMPUTE_TYPES)[number];
  tags: [string, string | undefined][];
  properties: [string, string | undefined][];
  orderBy: (typeof ORDERS)[number];
  count: number;
  skip: number;
}

/** "k1,k2=v2" → [[k1], [k2, v2]] (the spec's filter syntax for tags and properties). */
function pairs(value: string | undefined): [string, string | undefined][] {
  if (value === undefined || value.trim() === "") return [];
  return value
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => {
      const eq = part.indexOf("=");
      return eq < 0 ? [part, undefined] : [part.slice(0, eq).trim(), part.slice(eq + 1).trim()];
    });
}

function oneOf<T extends string>(
  values: readonly T[],
  value: string | undefined,
  what: string,
): T | undefined {
  if (value === undefined) return undefined;
  const found = values.find((v) => v.toLowerCase() === value.toLowerCase());
  if (!found) throw armBadRequest(`The ${what} '${value}' is not one of ${values.join(", ")}.`);
  return found;
}

/** The list call's query, as the spec defines it; `$skip` is the emulator's continuation token (an offset). */
export function parseListQuery(q: (name: string) => string | undefined): ListQuery {
  const count = q("count") === undefined ? DEFAULT_PAGE : Number(q("count"));
  if (!Number.isInteger(count) || count < 1 || count > MAX_PAGE)
    throw armBadRequest(`count must be an integer from 1 to ${MAX_PAGE}.`);
  const skipText = q("$skip");
  const skip = skipText === undefined ? 0 : Number(skipText);
  if (!Number.isInteger(skip) || skip < 0)
    throw armBadRequest("The continuation token ($skip) is not valid.");
  return {
    name: q("name"),
    computeType: oneOf(COMPUTE_TYPES, q("computeType"), "computeType"),
    tags: pairs(q("tags")),
    properties: pairs(q("properties")),
    orderBy: oneOf(ORDERS, q("orderBy"), "orderBy") ?? "CreatedAtDesc",
    count,
    skip,
  };
}

const matches = (bag: Record<string, string>, filters: [string, string | undefined][]) =>
  filters.every(([key, value]) => Object.hasOwn(bag, key) && (value === undefined || bag[key] === value));

/** The endpoints the query selects, in its order (then by name, so pages are stable). */
export function selectEndpoints(all: EndpointRecord[], query: ListQuery): EndpointRecord[] {
  const field = query.orderBy.startsWith("Created") ? "created" : "modified";
  const sign = query.orderBy.endsWith("Desc") ? -1 : 1;
  return all
    .filter((e) => query.name === undefined || e.name === query.name)
    .filter((e) => query.computeType === undefined || e.kind === query.computeType)
    .filter((e) => matches(e.tags, query.tags) && matches(e.properties, query.properties))
    .sort((a, b) => sign * a[field].at.localeCompare(b[field].at) || a.name.localeCompare(b.name));
}
