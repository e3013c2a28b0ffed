import type { AppType } from "@keyturn/bff/client-types";
import type { hc, InferRequestType, InferResponseType } from "hono/client";
import { describe, expectTypeOf, it } from "vitest";
import type { DeploymentKeys } from "../features/keys/api/get-keys";
import type { IdentifyKeyBody, KeyMatch } from "../features/keys/api/identify-key";
import type { Regeneration } from "../features/keys/api/regenerate-key";
import type { RevealedKey } from "../features/keys/api/reveal-key";

/**
 * Type tests (`vitest --typecheck`): the keys panel's zod schemas pinned to the BFF's route types.
 * What the BFF answers must fit what the SPA parses, and what the SPA sends must fit what the BFF
 * accepts; a change on either side fails `pnpm test`.
 */
type Client = ReturnType<typeof hc<AppType>>;
type OneDeployment = Client["api"]["deployments"][":workspace"][":name"];

describe("BFF contract (types): keys", () => {
  it("keys: list, regenerate, reveal, identify", () => {
    type Keys = OneDeployment["keys"];
    expectTypeOf<InferResponseType<Keys["$get"], 200>>().toExtend<DeploymentKeys>();
    expectTypeOf<InferResponseType<Keys[":keyType"]["regenerate"]["$post"], 200>>().toExtend<Regeneration>();
    expectTypeOf<InferResponseType<Keys[":keyType"]["reveal"]["$post"], 200>>().toExtend<RevealedKey>();
    expectTypeOf<IdentifyKeyBody>().toExtend<InferRequestType<Keys["identify"]["$post"]>["json"]>();
    expectTypeOf<InferResponseType<Keys["identify"]["$post"], 200>>().toExtend<KeyMatch>();
  });
});
