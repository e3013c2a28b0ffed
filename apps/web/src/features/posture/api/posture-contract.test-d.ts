import type { AppType } from "@keyturn/bff/client-types";
import type { hc, InferRequestType, InferResponseType } from "hono/client";
import { describe, expectTypeOf, it } from "vitest";
import type { PostureSearch } from "../search";
import type { PostureReport } from "./get-posture";
import type { PostureTrend } from "./get-posture-trend";

/**
 * Type-level: the posture schemas of the SPA against the BFF's route types, so a change on either
 * side that breaks the contract fails `typecheck` (types only: nothing of the BFF reaches the bundle).
 */
type Posture = ReturnType<typeof hc<AppType>>["api"]["posture"];

describe("BFF contract (types): posture", () => {
  it("GET /api/posture: the filters' names, paging, and the report", () => {
    type Query = NonNullable<InferRequestType<Posture["$get"]>["query"]>;
    expectTypeOf<keyof PostureSearch | "limit" | "offset">().toExtend<keyof Query>();
    expectTypeOf<InferResponseType<Posture["$get"], 200>>().toExtend<PostureReport>();
  });

  it("GET /api/posture/trend: the daily snapshots", () => {
    type Query = NonNullable<InferRequestType<Posture["trend"]["$get"]>["query"]>;
    expectTypeOf<"days">().toExtend<keyof Query>();
    expectTypeOf<InferResponseType<Posture["trend"]["$get"], 200>>().toExtend<PostureTrend>();
  });

  it("GET /api/posture/export: the format", () => {
    type Query = NonNullable<InferRequestType<Posture["export"]["$get"]>["query"]>;
    expectTypeOf<{ format: "csv" | "json" }>().toExtend<Query>();
  });
});
