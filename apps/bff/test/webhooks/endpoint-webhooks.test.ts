import { WebhookCreatedSchema, WebhookDeliveryListSchema } from "@keyturn/api-contract";
import { newRotation } from "@keyturn/auth-domain";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { connections, inventory } from "../../src/db/schema.ts";
import { insertRotation } from "../../src/features/rotations/rotation-store.ts";
import { announceRotation, webhookSender } from "../../src/features/webhooks/public.ts";
import type { WebhookSender } from "../../src/features/webhooks/webhook-sender.ts";
import { DB_KINDS, openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { createTestApp } from "../support/test-app.ts";
import { createTestIssuer, type TestIssuer } from "../support/test-issuer.ts";
import { clientAs } from "../support/typed-client.ts";
import {
  eventually,
  insertPolicy,
  startWebhookReceiver,
  type WebhookReceiver,
} from "../support/webhook-receiver.ts";

const actor = { oid: "o", name: "Support", username: "support@keyturn.test", roles: ["KeyRotator"] };

/**
 * A tag-scoped policy's hooks hear of a v2 endpoint's rotations as of a v1 service's: an endpoint's
 * rotations are stored under `endpoint/<name>` and its tags on its v2 row of the inventory.
 */
describe.each(DB_KINDS)(
  "webhooks of a tag-scoped policy and v2 endpoints, to a real receiver on %s",
  (kind) => {
    let t: TestDatabase;
    let issuer: TestIssuer;
    let app: ReturnType<typeof createTestApp>;
    let receiver: WebhookReceiver;
    let sender: WebhookSender | undefined;
    beforeAll(async () => {
      [t, issuer] = await Promise.all([openTestDatabase(kind), createTestIssuer()]);
      app = createTestApp({ db: t, issuer });
    });
    afterEach(async () => {
      await sender?.stop();
      await receiver?.close();
    });
    afterAll(() => t?.close());

    /** An endpoint tagged for `policyId` and a v1 service of the same name without the tag. */
    async function seed(workspace: string, name: string, policyId: string) {
      const { db } = t.database;
      const [connection] = await db
        .insert(connections)
        .values({
          name: `hooks-${crypto.randomUUID()}`,
          subscriptionId: "sub",
          resourceGroup: "rg",
          baseUrl: "http://127.0.0.1:1",
          credentialKind: "managed_identity",
        })
        .returning({ id: connections.id });
      const common = {
        connectionId: connection?.id as string,
        workspace,
        deployment: name,
        state: "Succeeded",
        workspaceRegion: "eastus",
        scoringUri: `http://127.0.0.1:1/${name}/score`,
        keyAuth: true,
        tokenAuth: false,
      };
      await db.insert(inventory).values([
        {
          ...common,
          generation: "v2",
          computeType: "Managed",
          endpointAuthMode: "Key",
          tags: { "webhook-test": policyId },
        },
        { ...common, generation: "v1", computeType: "ACI", endpointAuthMode: null, tags: {} },
      ]);
    }

    /** A rotation a person started (no policy recorded on it), and its start announced. */
    async function startedBy(workspace: string, deployment: string) {
      const rotation = await insertRotation(t.database.db, {
        id: crypto.randomUUID(),
        workspace,
        deployment,
        state: { machine: newRotation({ graceSeconds: 0 }), actor },
        startedBy: actor.username,
        holder: "test",
        leaseMs: 60_000,
      });
      const queued = await app.deps.database.db.transaction((tx) =>
        announceRotation(app.deps, tx, rotation, { ...rotation.machine, phase: "regenerate-standby" }),
      );
      return { rotation, queued };
    }

    it("announces an endpoint's rotation by the endpoint's own tags, not its namesake service's", async () => {
      receiver = await startWebhookReceiver();
      const policyId = await insertPolicy(t.database.db); // scoped to the tag webhook-test=<its id>
      const created = await clientAs(app.app, issuer, "admin").api.webhooks.$post({
        json: { url: receiver.url, policyId, events: ["rotation.started"] },
      });
      const { webhook, secret } = WebhookCreatedSchema.parse(await created.json());
      receiver.useSecret(secret);
      const workspace = `ws-hooks-${crypto.randomUUID().slice(0, 8)}`;
      await seed(workspace, "scorer", policyId);

      const endpoint = await startedBy(workspace, "endpoint/scorer");
      expect(endpoint.queued).toBe(1);
      // The v1 service of the same name is not tagged: no policy governs it, nothing is announced.
      expect((await startedBy(workspace, "scorer")).queued).toBe(0);

      sender = webhookSender(app.deps, { intervalMs: 50 });
      sender.start();
      const [received] = await eventually(
        async () => receiver.received,
        (r) => r.length >= 1,
      );
      expect(received?.signatureValid).toBe(true);
      expect(received?.event).toMatchObject({
        type: "com.keyturn.rotation.started",
        source: `/api/endpoints/${workspace}/scorer/rotations/${endpoint.rotation.id}`,
        data: { rotationId: endpoint.rotation.id, workspace, deployment: "endpoint/scorer", policyId },
      });
      const listed = await clientAs(app.app, issuer, "admin").api.webhooks[":id"].deliveries.$get({
        param: { id: webhook.id },
      });
      const { items } = WebhookDeliveryListSchema.parse(await listed.json());
      expect(items.map((d) => d.subject)).toEqual([`${workspace}/endpoint/scorer`]);
    });
  },
);
