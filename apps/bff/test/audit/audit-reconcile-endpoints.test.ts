import { randomUUID } from "node:crypto";
import { putBodyFrom } from "@keyturn/azureml-rest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditIntent } from "../../src/features/audit/audit-append.ts";
import { reconcileIntents } from "../../src/features/audit/audit-reconcile.ts";
import { directEndpoints } from "../../src/features/endpoints/endpoint-test-support.ts";
import { DB_KINDS } from "../support/databases.ts";
import { crashedIntent, later, outcomesOf } from "../support/reconcile-fixtures.ts";
import { type SecretsHarness, startSecretsHarness, wsRef } from "../support/secrets-harness.ts";

// An endpoint's action left unfinished by a crash is read back from the v2 control plane, never
// from the v1 services: an endpoint of the same name as no service is found where it is.

const WS = "ws-prod-eastus";
const WEST = "ws-ml-westeurope";

const intentOf = (action: AuditIntent["action"], workspace: string, deployment: string, details = {}) => ({
  actor: { oid: "oid-operator", name: "Operator", username: "operator@keyturn.test", roles: ["Operator"] },
  action,
  target: { workspace, deployment },
  requestId: randomUUID(),
  clientAddress: "127.0.0.1",
  userAgent: "test",
  details,
});

describe.each(DB_KINDS)("reconciling unfinished endpoint intents on %s", (kind) => {
  let h: SecretsHarness;
  beforeAll(async () => {
    h = await startSecretsHarness(kind);
  });
  afterAll(() => h?.close());

  it("an endpoint create (its own name, or an older record's generation v2) is found on the endpoints; auth changes by their mode", async () => {
    const db = h.db.database.db;
    const direct = await directEndpoints(h);
    const created = await crashedIntent(
      db,
      intentOf("endpoint.create", WS, "churn-online", { authMode: "Key" }),
    );
    const absent = await crashedIntent(db, intentOf("endpoint.create", WS, "never-online"));
    // Written before endpoints had their own names: a v1 probe would find no service and say `absent`.
    const legacy = await crashedIntent(
      db,
      intentOf("deployment.create", WS, "fraud-online", { generation: "v2", migratedFrom: "fraud" }),
    );
    const legacyV1 = await crashedIntent(db, intentOf("deployment.create", WS, "fraud-online"));
    const modes = { authModeBefore: "Key", authModeAfter: "AMLToken" };
    const changed = await crashedIntent(
      db,
      intentOf("endpoint.auth.change", WEST, "route-k8s", modes),
      async () => {
        const current = await direct.get(WEST, "route-k8s");
        await direct.client.putEndpoint(
          wsRef(WEST),
          "route-k8s",
          putBodyFrom(current, { authMode: "AMLToken" }),
        );
      },
    );
    const unchanged = await crashedIntent(db, intentOf("endpoint.auth.change", WS, "churn-online", modes));
    const legacyChange = await crashedIntent(
      db,
      intentOf("deployment.auth-settings.change", WS, "churn-online", { generation: "v2", ...modes }),
    );

    await reconcileIntents(h.deps, { now: later(h.deps, legacyChange.row, 1_000) });
    const found = async (c: typeof created) => (await outcomesOf(db, c.row.seq)).map((o) => o.details);
    expect(await found(created)).toEqual([
      expect.objectContaining({ found: "created", provisioningState: "Succeeded" }),
    ]);
    expect(await found(absent)).toEqual([expect.objectContaining({ found: "absent" })]);
    expect(await found(legacy)).toEqual([expect.objectContaining({ found: "created" })]);
    expect(await found(legacyV1)).toEqual([expect.objectContaining({ found: "absent" })]);
    expect(await found(changed)).toEqual([
      expect.objectContaining({ found: "changed", authModeFound: "AMLToken" }),
    ]);
    expect(await found(unchanged)).toEqual([
      expect.objectContaining({ found: "unchanged", authModeFound: "Key" }),
    ]);
    expect(await found(legacyChange)).toEqual([
      expect.objectContaining({ found: "unchanged", authModeFound: "Key" }),
    ]);
    const outcomes = await Promise.all([created, changed].map((c) => outcomesOf(db, c.row.seq)));
    expect(outcomes.flat().map((o) => [o.action, o.outcome])).toEqual([
      ["endpoint.create", "reconciled"],
      ["endpoint.auth.change", "reconciled"],
    ]);
  });
});
