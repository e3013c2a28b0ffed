import type { WebhookBody } from "@keyturn/api-contract";
import type { AppType } from "@keyturn/bff/client-types";
import type { hc, InferRequestType } from "hono/client";
import { describe, expectTypeOf, it } from "vitest";

/**
 * Type tests (`vitest --typecheck`): what the webhooks screen sends fits the BFF's route types — the
 * new hook's body, the changed hook's body with If-Match, If-Match on delete and on a new signing
 * secret, the paths of the delivery log and of a redelivery.
 */
type Webhooks = ReturnType<typeof hc<AppType>>["api"]["webhooks"];
type OneWebhook = Webhooks[":id"];

describe("BFF contract of the webhooks screen (types)", () => {
  it("POST /api/webhooks: the form's body", () => {
    expectTypeOf<WebhookBody>().toExtend<InferRequestType<Webhooks["$post"]>["json"]>();
  });

  it("PUT /api/webhooks/{id}: the edit form's body, with If-Match", () => {
    type Put = InferRequestType<OneWebhook["$put"]>;
    expectTypeOf<WebhookBody>().toExtend<Put["json"]>();
    expectTypeOf<{ "if-match": string }>().toExtend<Put["header"]>();
    expectTypeOf<{ id: string }>().toExtend<Put["param"]>();
  });

  it("DELETE /api/webhooks/{id} with If-Match", () => {
    expectTypeOf<{ "if-match": string }>().toExtend<InferRequestType<OneWebhook["$delete"]>["header"]>();
  });

  it("POST /api/webhooks/{id}/secret with If-Match", () => {
    type NewSecret = InferRequestType<OneWebhook["secret"]["$post"]>;
    expectTypeOf<{ "if-match": string }>().toExtend<NewSecret["header"]>();
    expectTypeOf<{ id: string }>().toExtend<NewSecret["param"]>();
  });

  it("the delivery log and a redelivery, by the ids the screen holds", () => {
    expectTypeOf<{ id: string }>().toExtend<InferRequestType<OneWebhook["deliveries"]["$get"]>["param"]>();
    type Redeliver = OneWebhook["deliveries"][":deliveryId"]["redeliver"]["$post"];
    expectTypeOf<{ id: string; deliveryId: string }>().toExtend<InferRequestType<Redeliver>["param"]>();
  });
});
