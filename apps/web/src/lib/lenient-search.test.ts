import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseLenientSearch } from "./lenient-search";

const Filters = z.object({
  state: z.enum(["on", "off"]).optional(),
  q: z.string().min(1).optional(),
  page: z.coerce.number().int().optional(),
});

describe("parseLenientSearch", () => {
  it("keeps each valid field, trimmed, and ignores what the schema does not name", () => {
    expect(parseLenientSearch(Filters, { state: " on ", q: "fraud", page: 2, other: "x" })).toEqual({
      state: "on",
      q: "fraud",
      page: 2,
    });
  });

  it("drops an invalid or empty value instead of failing", () => {
    expect(parseLenientSearch(Filters, { state: "maybe", q: "   ", page: "two" })).toEqual({});
  });
});
