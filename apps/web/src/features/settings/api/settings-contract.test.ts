import type { ConnectionBody, ConnectionUpdate } from "@keyturn/auth-domain";
import type { AppType } from "@keyturn/bff/client-types";
import type { hc, InferRequestType, InferResponseType } from "hono/client";
import { describe, expectTypeOf, it } from "vitest";
import type { Connection, ConnectionList } from "./get-connections";
import type { ConnectionTest } from "./test-connection";

/** The settings screen's schemas pinned to the BFF's route types (types only; see app/bff-contract.test.ts). */
type Client = ReturnType<typeof hc<AppType>>;
type Connections = Client["api"]["connections"];
type OneConnection = Connections[":id"];

describe("BFF contract of the settings screen (types)", () => {
  it("GET and POST /api/connections: the list read, the body sent, the connection answered", () => {
    expectTypeOf<InferResponseType<Connections["$get"], 200>>().toExtend<ConnectionList>();
    expectTypeOf<ConnectionBody>().toExtend<InferRequestType<Connections["$post"]>["json"]>();
    expectTypeOf<InferResponseType<Connections["$post"], 201>>().toExtend<Connection>();
  });

  it("PUT, DELETE and test of /api/connections/{id}: the change sent with If-Match, the answers", () => {
    type Put = InferRequestType<OneConnection["$put"]>;
    expectTypeOf<ConnectionUpdate>().toExtend<Put["json"]>();
    expectTypeOf<{ "if-match": string }>().toExtend<Put["header"]>();
    expectTypeOf<InferResponseType<OneConnection["$put"], 200>>().toExtend<Connection>();
    expectTypeOf<{ "if-match": string }>().toExtend<InferRequestType<OneConnection["$delete"]>["header"]>();
    expectTypeOf<InferResponseType<OneConnection["test"]["$post"], 200>>().toExtend<ConnectionTest>();
  });
});
