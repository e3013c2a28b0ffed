import type { AppType } from "@keyturn/bff/client-types";
import type { hc, InferRequestType } from "hono/client";
import { describe, expectTypeOf, it } from "vitest";
import type { AUDIT_FILTER_NAMES, AuditFilters } from "../filters";

/**
 * Type tests (`vitest --typecheck`): the query strings the audit screen builds use names and values
 * the BFF's routes accept. The answers need no check: both sides parse them with one schema from
 * `@keyturn/api-contract`.
 */
type Audit = ReturnType<typeof hc<AppType>>["api"]["audit"];

describe("BFF audit contract (types)", () => {
  it("GET /api/audit/events: the filter names and values, the cursor and the page size", () => {
    type Query = NonNullable<InferRequestType<Audit["events"]["$get"]>["query"]>;
    expectTypeOf<(typeof AUDIT_FILTER_NAMES)[number] | "cursor" | "limit">().toExtend<keyof Query>();
    expectTypeOf<Required<AuditFilters>[keyof AuditFilters]>().toExtend<
      NonNullable<Query[keyof AuditFilters]>
    >();
  });

  it("GET /api/audit/export: the same filters and the format", () => {
    type Query = NonNullable<InferRequestType<Audit["export"]["$get"]>["query"]>;
    expectTypeOf<(typeof AUDIT_FILTER_NAMES)[number] | "format">().toExtend<keyof Query>();
  });

  it("GET /api/audit/checkpoints: the cursor and the page size", () => {
    type Query = NonNullable<InferRequestType<Audit["checkpoints"]["$get"]>["query"]>;
    expectTypeOf<"cursor" | "limit">().toExtend<keyof Query>();
  });
});
