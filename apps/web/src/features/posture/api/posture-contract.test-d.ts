import type { AppType } from "@keyturn/bff/client-types";
import type { hc, InferRequestType } from "hono/client";
import { describe, expectTypeOf, it } from "vitest";
import type { POSTURE_FILTER_NAMES } from "../search";

/**
 * Type tests (`vitest --typecheck`): the query strings the posture screen builds use names the BFF's
 * routes accept. The answers need no check: both sides parse them with one schema from
 * `@keyturn/api-contract`.
 */
type Posture = ReturnType<typeof hc<AppType>>["api"]["posture"];

describe("BFF contract (types): posture", () => {
  it("GET /api/posture: the filters' names and the paging", () => {
    type Query = NonNullable<InferRequestType<Posture["$get"]>["query"]>;
    expectTypeOf<(typeof POSTURE_FILTER_NAMES)[number] | "limit" | "offset">().toExtend<keyof Query>();
  });

  it("GET /api/posture/trend: the days", () => {
    type Query = NonNullable<InferRequestType<Posture["trend"]["$get"]>["query"]>;
    expectTypeOf<"days">().toExtend<keyof Query>();
  });

  it("GET /api/posture/export: the format", () => {
    type Query = NonNullable<InferRequestType<Posture["export"]["$get"]>["query"]>;
    expectTypeOf<{ format: "csv" | "json" }>().toExtend<Query>();
  });
});
