import type { LookupAddress } from "node:dns";
import type { LookupFunction } from "node:net";
import { WebhookCreatedSchema, WebhookDeliveryListSchema } from "@keyturn/api-contract";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webhooks } from "../../src/db/schema.ts";
import { webhookSender } from "../../src/features/webhooks/public.ts";
import { openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { expectProblem } from "../support/problem.ts";
import { createTestApp } from "../support/test-app.ts";
import { createTestIssuer, type TestIssuer } from "../support/test-issuer.ts";
import { clientAs } from "../support/typed-client.ts";
import { announceCompletedRotation, eventually, insertPolicy } from "../support/webhook-receiver.ts";

// In production a webhook never reaches inside the server's own network: its address is refused when
// saved, and each attempt refuses a name that resolves inside (DNS rebinding) before connecting.

/** A name whose DNS answers loopback, as a rebinding name does once it has been saved. */
const REBOUND = "https://rebind.keyturn.test/keyturn-events";
const toLoopback: LookupFunction = (_hostname, _options, callback) =>
  (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, [{ address: "127.0.0.1", family: 4 }]);

describe("webhook addresses in production", () => {
  let t: TestDatabase;
  let issuer: TestIssuer;
  let app: ReturnType<typeof createTestApp>;
  let policyId: string;
  beforeAll(async () => {
    [t, issuer] = await Promise.all([openTestDatabase("pglite"), createTestIssuer()]);
    app = createTestApp({ db: t, issuer, env: { KEYTURN_MODE: "production" } });
    policyId = await insertPolicy(t.database.db);
  });
  afterAll(() => t?.close());

  const hooks = () => clientAs(app.app, issuer, "admin").api.webhooks;
  const body = (url: string) => ({ url, policyId, events: ["rotation.completed" as const] });

  it("refuses to save an internal address (create and update) with webhook_address_not_allowed", async () => {
    for (const url of [
      "https://169.254.169.254/metadata/instance",
      "https://[::1]/hook",
      "https://10.0.0.5/hook",
      "https://[fd12:3456::1]/hook",
      "https://localhost/hook",
      "https://0.0.0.0/hook",
      "https://[::ffff:127.0.0.1]/hook",
    ]) {
      const problem = await expectProblem(
        await hooks().$post({ json: body(url) }),
        400,
        "webhook_address_not_allowed",
      );
      expect(problem.errors, url).toEqual([expect.objectContaining({ path: "url" })]);
    }
    const created = await hooks().$post({ json: body("https://hooks.example.com/keyturn") });
    expect(created.status).toBe(201);
    const { webhook } = WebhookCreatedSchema.parse(await created.json());
    const moved = await hooks()[":id"].$put({
      param: { id: webhook.id },
      header: { "if-match": webhook.etag },
      json: body("https://192.168.1.20/hook"),
    });
    await expectProblem(moved, 400, "webhook_address_not_allowed");
    // Plain http stays refused in production, loopback or not.
    await expectProblem(
      await hooks().$post({ json: body("http://hooks.example.com/x") }),
      400,
      "validation_failed",
    );
  });

  it("refuses each attempt to a name resolving to 127.0.0.1, and to an internal address stored earlier", async () => {
    const created = await hooks().$post({ json: body(REBOUND) });
    expect(created.status).toBe(201);
    const { webhook } = WebhookCreatedSchema.parse(await created.json());
    // A hook stored before the rule (or by hand) is checked again at each attempt.
    const old = WebhookCreatedSchema.parse(
      await (await hooks().$post({ json: body("https://hooks.example.com/old") })).json(),
    ).webhook;
    await t.database.db
      .update(webhooks)
      .set({ url: "https://169.254.169.254/latest" })
      .where(eq(webhooks.id, old.id));

    await announceCompletedRotation(app.deps, policyId, "svc-rebind");
    const sender = webhookSender(app.deps, { intervalMs: 50, lookup: toLoopback });
    sender.start();
    try {
      const attemptsOf = async (id: string) =>
        WebhookDeliveryListSchema.parse(
          await (await hooks()[":id"].deliveries.$get({ param: { id } })).json(),
        ).items.flatMap((d) => d.attempts);
      const [rebound] = await eventually(
        () => attemptsOf(webhook.id),
        (attempts) => attempts.length > 0,
      );
      expect(rebound).toMatchObject({ outcome: "failed", responseCode: null, error: "address_not_allowed" });
      const [stored] = await eventually(
        () => attemptsOf(old.id),
        (attempts) => attempts.length > 0,
      );
      expect(stored).toMatchObject({ outcome: "failed", error: "address_not_allowed" });
    } finally {
      await sender.stop();
    }
  });
});
