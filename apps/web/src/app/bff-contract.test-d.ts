import type { AuthSettingsChange } from "@keyturn/auth-domain";
import type { AppType } from "@keyturn/bff/client-types";
import type { hc, InferRequestType, InferResponseType } from "hono/client";
import { describe, expectTypeOf, it } from "vitest";
import type { DeploymentDetail } from "../features/deployment/api/get-deployment";
import type { InventoryPage } from "../features/inventory/api/get-deployments";
import type { WorkspaceList } from "../features/inventory/api/get-workspaces";
import type { InventoryFilters } from "../features/inventory/filters";
import type { CreateDeploymentBody } from "../features/new-deployment/api/create-deployment";
import type { WorkspaceChoice } from "../features/new-deployment/api/get-workspaces";

/**
 * The SPA validates every BFF answer with its own zod schemas (reading only the fields it uses);
 * these type-level checks pin them to the BFF's route types, so a change on either side that breaks
 * the contract fails `typecheck` (types only: nothing of the BFF reaches the bundle).
 */
type Client = ReturnType<typeof hc<AppType>>;
type Deployments = Client["api"]["deployments"];
type OneDeployment = Deployments[":workspace"][":name"];

describe("BFF contract (types)", () => {
  it("GET /api/deployments: the query names and the page", () => {
    type Query = NonNullable<InferRequestType<Deployments["$get"]>["query"]>;
    expectTypeOf<keyof InventoryFilters | "cursor" | "limit">().toExtend<keyof Query>();
    expectTypeOf<InferResponseType<Deployments["$get"], 200>>().toExtend<InventoryPage>();
  });

  it("GET /api/deployments/{workspace}/{name}: the detail", () => {
    expectTypeOf<InferResponseType<OneDeployment["$get"], 200>>().toExtend<DeploymentDetail>();
  });

  it("PATCH …/auth: the change sent, and the detail answered", () => {
    type Body = InferRequestType<OneDeployment["auth"]["$patch"]>["json"];
    expectTypeOf<AuthSettingsChange>().toExtend<Body>();
    expectTypeOf<InferResponseType<OneDeployment["auth"]["$patch"], 200>>().toExtend<DeploymentDetail>();
  });

  it("POST /api/deployments/{workspace}: the body sent, and both answers name the deployment", () => {
    type Create = Deployments[":workspace"]["$post"];
    expectTypeOf<CreateDeploymentBody>().toExtend<InferRequestType<Create>["json"]>();
    type Named = { workspace: string; name: string; state: string };
    expectTypeOf<InferResponseType<Create, 201>>().toExtend<Named>();
    expectTypeOf<InferResponseType<Create, 202>>().toExtend<Named>();
  });

  it("GET /api/workspaces: both shapes the SPA reads", () => {
    type Workspaces = InferResponseType<Client["api"]["workspaces"]["$get"], 200>;
    expectTypeOf<Workspaces>().toExtend<WorkspaceList>();
    expectTypeOf<Workspaces["items"][number]>().toExtend<WorkspaceChoice>();
  });
});
