import { describe, expect, it } from "vitest";
import { COLUMNS, columnShares, columnsFor, TABLE_CHROME } from "./columns";

const least = new Map<string, number>(COLUMNS);
const MAIN = ["name", "workspace", "auth", "findings"];

describe("the inventory's columns at a width", () => {
  it("keeps the main four, then state, compute and region, as the console beside its navigation widens", () => {
    // The box beside the side navigation at 768, 900, 1000 and 1280 px wide.
    expect(columnsFor(478)).toBeNull();
    expect(columnsFor(612)).toEqual(["name", "workspace", "auth", "findings"]);
    expect(columnsFor(712)).toEqual(["name", "workspace", "auth", "state", "findings"]);
    expect(columnsFor(992)).toEqual(["name", "workspace", "compute", "auth", "regions", "state", "findings"]);
  });

  it("at every width: the main four or cards, each column at least its least width, never fewer when wider", () => {
    let before: string[] = [];
    for (let width = 0; width <= 1600; width++) {
      const columns = columnsFor(width) ?? [];
      if (columns.length > 0) expect(columns).toEqual(expect.arrayContaining(MAIN));
      const needed = columns.reduce((sum, column) => sum + (least.get(column) ?? 0), 0);
      if (columns.length > 0) expect(needed).toBeLessThanOrEqual(width - TABLE_CHROME);
      expect(columns).toEqual(expect.arrayContaining(before));
      // In the table's order.
      expect(columns).toEqual(COLUMNS.map(([column]) => column).filter((column) => columns.includes(column)));
      before = columns;
    }
  });

  it("shares the width in proportion to each column's least width, so none gets less than it", () => {
    const columns = ["name", "workspace", "auth", "findings"] as const;
    const shares = columnShares(columns).map((share) => Number.parseFloat(share));
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(100, 1);
    const room = 612 - TABLE_CHROME;
    columns.forEach((column, index) => {
      expect(((shares[index] ?? 0) / 100) * room).toBeGreaterThanOrEqual((least.get(column) ?? 0) - 0.01);
    });
  });
});
