import type { InventorySort } from "@keyturn/api-contract";

/**
 * The inventory table's columns and the least width each takes in px: its header whole, with the sort
 * arrow and in every language, and its usual values (a longer one is cut, the whole in a tooltip).
 * Wider, the table shares the room in the same proportions. The cards on a phone show the same facts.
 */
export const COLUMNS = [
  ["name", 140],
  ["workspace", 150],
  ["compute", 120],
  ["auth", 150],
  ["regions", 130],
  ["state", 100],
  ["findings", 150],
] as const;
export type Column = (typeof COLUMNS)[number][0];

/**
 * Which columns stay as the room shrinks, as the portal's grids drop the less important first: the
 * first four (what a deployment is and how it is secured) always, then state, compute and region.
 */
const KEPT_FIRST: readonly Column[] = [
  "name",
  "workspace",
  "auth",
  "findings",
  "state",
  "compute",
  "regions",
];
const MAIN = 4;

/** The table's border and a scrollbar of its own (up to 17 px on a desktop that shows them). */
export const TABLE_CHROME = 20;

const minWidth = new Map<Column, number>(COLUMNS);

/**
 * The columns a box `width` px wide shows, in the table's order: the most important that fit at
 * their least width; null when even the main four do not (the rows show as cards then).
 */
export function columnsFor(width: number): Column[] | null {
  const room = width - TABLE_CHROME;
  const kept: Column[] = [];
  let used = 0;
  for (const column of KEPT_FIRST) {
    used += minWidth.get(column) ?? 0;
    if (used > room) break;
    kept.push(column);
  }
  if (kept.length < MAIN) return null;
  return COLUMNS.flatMap(([column]) => (kept.includes(column) ? [column] : []));
}

/** Each shown column's share of the table's width, as the proportion of its least width. */
export function columnShares(columns: readonly Column[]): string[] {
  const total = columns.reduce((sum, column) => sum + (minWidth.get(column) ?? 0), 0);
  return columns.map((column) => `${(((minWidth.get(column) ?? 0) / total) * 100).toFixed(3)}%`);
}

/** The columns the list sorts by, and the sort each asks the BFF for. */
export const SORTED_BY: Partial<Record<Column, InventorySort>> = {
  name: "name",
  workspace: "workspace",
  compute: "computeType",
  auth: "authMode",
  regions: "region",
  state: "state",
};
