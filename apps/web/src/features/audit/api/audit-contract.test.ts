import type { AppType } from "@keyturn/bff/client-types";
import type { hc, InferRequestType, InferResponseType } from "hono/client";
import { describe, expectTypeOf, it } from "vitest";
import type { AuditFilters } from "../filters";
import type { AuditPage } from "./get-audit-events";
import type { CheckpointPage } from "./get-checkpoints";
import type { VerifyReport } from "./verify-audit";

/**
 * Pins the SPA's audit schemas to the BFF's route types (types only), so a change on either side that
 * breaks the contract fails `typecheck`.
 */
type Audit = ReturnType<typeof hc<AppType>>["api"]["audit"];

describe("BFF audit contract (types)", () => {
  it("GET /api/audit/events: the filter names, the cursor and the page", () => {
    type Query = NonNullable<InferRequestType<Audit["events"]["$get"]>["query"]>;
    expectTypeOf<keyof AuditFilters | "cursor" | "limit">().toExtend<keyof Query>();
    expectTypeOf<Required<AuditFilters>[keyof AuditFilters]>().toExtend<
      NonNullable<Query[keyof AuditFilters]>
    >();
    expectTypeOf<InferResponseType<Audit["events"]["$get"], 200>>().toExtend<AuditPage>();
  });

  it("GET /api/audit/export: the same filters and the format", () => {
    type Query = NonNullable<InferRequestType<Audit["export"]["$get"]>["query"]>;
    expectTypeOf<keyof AuditFilters | "format">().toExtend<keyof Query>();
  });

  it("POST /api/audit/verify and GET /api/audit/checkpoints: the answers", () => {
    expectTypeOf<InferResponseType<Audit["verify"]["$post"], 200>>().toExtend<VerifyReport>();
    expectTypeOf<InferResponseType<Audit["checkpoints"]["$get"], 200>>().toExtend<CheckpointPage>();
  });
});
