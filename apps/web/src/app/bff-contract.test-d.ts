import type { AuthSettingsChange } from "@keyturn/auth-domain";
import type { AppType } from "@keyturn/bff/client-types";
import type { hc, InferRequestType } from "hono/client";
import { describe, expectTypeOf, it } from "vitest";
import type { InventoryFilters } from "../features/inventory/filters";

/**
 * Type tests (`vitest --typecheck`): what the console sends that is not one of the contract's schemas
 * (query strings built from the address bar, the domain's auth change, If-Match) fits the BFF's
 * route types.
 * The answers need no check: both sides parse them with one schema from `@keyturn/api-contract`.
 */
type Client = ReturnType<typeof hc<AppType>>;
type Deployments = Client["api"]["deployments"];
type OneDeployment = Deployments[":workspace"][":name"];

describe("BFF contract (types)", () => {
  it("GET /api/deployments: the filters' and order's names, the cursor and the page size", () => {
    type Query = NonNullable<InferRequestType<Deployments["$get"]>["query"]>;
    expectTypeOf<keyof InventoryFilters | "cursor" | "limit">().toExtend<keyof Query>();
  });

  it("GET /api/workspaces/{workspace}/computes: new deployment's cluster picker asks kind=AKS", () => {
    type Computes = Client["api"]["workspaces"][":workspace"]["computes"]["$get"];
    expectTypeOf<{ kind: "AKS" }>().toExtend<NonNullable<InferRequestType<Computes>["query"]>>();
  });

  it("PATCH …/auth: the domain's auth change is a body the route accepts", () => {
    type Body = InferRequestType<OneDeployment["auth"]["$patch"]>["json"];
    expectTypeOf<AuthSettingsChange>().toExtend<Body>();
  });

  it("changes send their ETag as If-Match: the auth change, the deletion, a key's regeneration", () => {
    type IfMatch = { "if-match": string };
    expectTypeOf<IfMatch>().toExtend<InferRequestType<OneDeployment["auth"]["$patch"]>["header"]>();
    expectTypeOf<IfMatch>().toExtend<InferRequestType<OneDeployment["$delete"]>["header"]>();
    type Regenerate = OneDeployment["keys"][":keyType"]["regenerate"]["$post"];
    expectTypeOf<IfMatch>().toExtend<InferRequestType<Regenerate>["header"]>();
  });
});
