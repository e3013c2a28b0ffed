import type { ConnectionBody, ConnectionUpdate } from "@keyturn/auth-domain";
import type { AppType } from "@keyturn/bff/client-types";
import type { hc, InferRequestType } from "hono/client";
import { describe, expectTypeOf, it } from "vitest";

/**
 * Type tests (`vitest --typecheck`): what the settings screen sends that is not one of the contract's
 * schemas — the connection form's bodies, checked with auth-domain's rules, and the If-Match header —
 * fits the BFF's route types. The answers need no check: both sides parse them with one schema from
 * `@keyturn/api-contract`.
 */
type Connections = ReturnType<typeof hc<AppType>>["api"]["connections"];
type OneConnection = Connections[":id"];

describe("BFF contract of the settings screen (types)", () => {
  it("POST /api/connections: the form's body", () => {
    expectTypeOf<ConnectionBody>().toExtend<InferRequestType<Connections["$post"]>["json"]>();
  });

  it("PUT and DELETE /api/connections/{id}: the change sent, with If-Match", () => {
    type Put = InferRequestType<OneConnection["$put"]>;
    expectTypeOf<ConnectionUpdate>().toExtend<Put["json"]>();
    expectTypeOf<{ "if-match": string }>().toExtend<Put["header"]>();
    expectTypeOf<{ "if-match": string }>().toExtend<InferRequestType<OneConnection["$delete"]>["header"]>();
  });
});
