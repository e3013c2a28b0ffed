import { getTableColumns } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { inventory } from "../../db/schema.ts";
import { UPSERT_COLUMNS } from "./inventory-rows.ts";

describe("the inventory upsert", () => {
  it("names every column of the inventory but the generated one, with its type", () => {
    const columns = Object.values(getTableColumns(inventory)).filter((c) => !c.generated);
    expect(Object.keys(UPSERT_COLUMNS).sort()).toEqual(columns.map((c) => c.name).sort());
    const types = Object.fromEntries(columns.map((c) => [c.name, c.getSQLType()]));
    for (const [name, type] of Object.entries(UPSERT_COLUMNS)) {
      expect(types[name]?.replace("timestamp with time zone", "timestamptz"), name).toBe(type);
    }
  });
});
