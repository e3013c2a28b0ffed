import type { InventorySort } from "@keyturn/api-contract";

/** The inventory table's columns and their widths; the cards on a phone show the same facts. */
export const COLUMNS = [
  ["name", "18%"],
  ["workspace", "15%"],
  ["compute", "10%"],
  ["auth", "13%"],
  ["regions", "17%"],
  ["state", "12%"],
  ["findings", "15%"],
] as const;
export type Column = (typeof COLUMNS)[number][0];

/** The columns the list sorts by, and the sort each asks the BFF for. */
export const SORTED_BY: Partial<Record<Column, InventorySort>> = {
  name: "name",
  workspace: "workspace",
  compute: "computeType",
  auth: "authMode",
  regions: "region",
  state: "state",
};
