import type { Me } from "@keyturn/api-contract";
import { hc } from "hono/client";
import { describe, expectTypeOf, it } from "vitest";
import type { AppType } from "./client-types.ts";

// Type-level: pins what the SPA's typed client sees (checked by `tsc`, trivially true at run time).
describe("client types", () => {
  it("types GET /api/me and its problem responses", () => {
    const client = hc<AppType>("http://localhost");
    type Response = Awaited<ReturnType<typeof client.api.me.$get>>;
    type Ok = Extract<Response, { status: 200 }>;
    expectTypeOf<Awaited<ReturnType<Ok["json"]>>>().toEqualTypeOf<Me>();
    type Unauthorized = Extract<Response, { status: 401 }>;
    expectTypeOf<Awaited<ReturnType<Unauthorized["json"]>>["code"]>().toBeString();
  });
});
