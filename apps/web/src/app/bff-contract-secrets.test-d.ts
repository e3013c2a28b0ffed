import type { AppType } from "@keyturn/bff/client-types";
import type { hc, InferRequestType, InferResponseType } from "hono/client";
import { describe, expectTypeOf, it } from "vitest";
import type { DeploymentKeys } from "../features/keys/api/get-keys";
import type { IdentifyKeyBody, KeyMatch } from "../features/keys/api/identify-key";
import type { Regeneration } from "../features/keys/api/regenerate-key";
import type { RevealedKey } from "../features/keys/api/reveal-key";
import type { Snippets } from "../features/snippets/api/get-snippets";
import type { TestCallBody, TestCallResult } from "../features/test-console/api/run-test-call";
import type { EnforcementReport } from "../features/test-console/api/verify-enforcement";
import type { RegionLatencies } from "../features/token/api/get-region-latency";
import type { TokenMetadata } from "../features/token/api/get-token";
import type { TokenReveal } from "../features/token/api/reveal-token";

/**
 * Keys, token, test console and snippets: the SPA's zod schemas pinned to the BFF's route types
 * (see bff-contract.test.ts). What the BFF answers must fit what the SPA parses, and what the SPA
 * sends must fit what the BFF accepts; a change on either side fails `typecheck`.
 */
type Client = ReturnType<typeof hc<AppType>>;
type OneDeployment = Client["api"]["deployments"][":workspace"][":name"];

describe("BFF contract (types): keys, token, test calls, snippets", () => {
  it("keys: list, regenerate, reveal, identify", () => {
    type Keys = OneDeployment["keys"];
    expectTypeOf<InferResponseType<Keys["$get"], 200>>().toExtend<DeploymentKeys>();
    expectTypeOf<InferResponseType<Keys[":keyType"]["regenerate"]["$post"], 200>>().toExtend<Regeneration>();
    expectTypeOf<InferResponseType<Keys[":keyType"]["reveal"]["$post"], 200>>().toExtend<RevealedKey>();
    expectTypeOf<IdentifyKeyBody>().toExtend<InferRequestType<Keys["identify"]["$post"]>["json"]>();
    expectTypeOf<InferResponseType<Keys["identify"]["$post"], 200>>().toExtend<KeyMatch>();
  });

  it("token: metadata, reveal, region latency", () => {
    expectTypeOf<InferResponseType<OneDeployment["token"]["$post"], 200>>().toExtend<TokenMetadata>();
    expectTypeOf<InferResponseType<OneDeployment["token"]["reveal"]["$post"], 200>>().toExtend<TokenReveal>();
    expectTypeOf<
      InferResponseType<Client["api"]["regions"]["latency"]["$get"], 200>
    >().toExtend<RegionLatencies>();
  });

  it("test call and enforcement", () => {
    type TestCall = OneDeployment["test-call"]["$post"];
    expectTypeOf<TestCallBody>().toExtend<InferRequestType<TestCall>["json"]>();
    expectTypeOf<InferResponseType<TestCall, 200>>().toExtend<TestCallResult>();
    expectTypeOf<
      InferResponseType<OneDeployment["verify-enforcement"]["$post"], 200>
    >().toExtend<EnforcementReport>();
  });

  it("snippets", () => {
    expectTypeOf<InferResponseType<OneDeployment["snippets"]["$get"], 200>>().toExtend<Snippets>();
  });
});
