import { randomUUID } from "node:crypto";
import { KeyListSchema } from "@keyturn/api-contract";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../src/db/schema.ts";
import { type AuditIntent, appendAudit } from "../../src/features/audit/audit-append.ts";
import { reconcileIntents } from "../../src/features/audit/audit-reconcile.ts";
import { auditedCall } from "../../src/features/audit/audit-write.ts";
import { createBff } from "../../src/index.ts";
import { DB_KINDS } from "../support/databases.ts";
import { crashedIntent, later, outcomesOf } from "../support/reconcile-fixtures.ts";
import {
  deploymentPath,
  type SecretsHarness,
  startSecretsHarness,
  wsRef,
} from "../support/secrets-harness.ts";
import { testConfig } from "../support/test-app.ts";

const WS = "ws-prod-eastus";

const intentOf = (
  action: AuditIntent["action"],
  target: AuditIntent["target"],
  details = {},
): AuditIntent => ({
  actor: { oid: "oid-support", name: "Support", username: "support@keyturn.test", roles: ["KeyRotator"] },
  action,
  target,
  requestId: randomUUID(),
  clientAddress: "127.0.0.1",
  userAgent: "test",
  details,
});

describe.each(DB_KINDS)("reconciling unfinished intents on %s", (kind) => {
  let h: SecretsHarness;
  beforeAll(async () => {
    h = await startSecretsHarness(kind);
  });
  afterAll(() => h?.close());

  const db = () => h.db.database.db;
  const secondary = async (name: string) =>
    KeyListSchema.parse(
      await (await h.call("GET", `${deploymentPath(WS, name)}/keys`, "operator")).json(),
    ).keys.find((k) => k.keyType === "Secondary");

  it("ends a regeneration killed after the provider acted with one `reconciled: regenerated`, after the deadline only", async () => {
    const NAME = "churn-predictor";
    const before = await secondary(NAME);
    const intent = intentOf(
      "key.regenerate",
      { workspace: WS, deployment: NAME, keyType: "Secondary" },
      {
        previousFingerprint: before?.fingerprint ?? null,
      },
    );
    const crash = await crashedIntent(db(), intent, () =>
      h.workspace.regenerateKey(wsRef(WS), NAME, "Secondary").then(() => {}),
    );
    // The symptom: the key changed, and the console knows neither that it did nor who did it.
    expect(await secondary(NAME)).toMatchObject({ rotatedBy: null });

    await reconcileIntents(h.deps, { now: later(h.deps, crash.row, -1_000) });
    expect(await outcomesOf(db(), crash.row.seq)).toEqual([]);

    const report = await reconcileIntents(h.deps, { now: later(h.deps, crash.row, 1_000) });
    expect(report.found.regenerated).toBeGreaterThanOrEqual(1);
    const [outcome, ...more] = await outcomesOf(db(), crash.row.seq);
    expect(more).toEqual([]);
    const now = await secondary(NAME);
    expect(outcome).toMatchObject({
      outcome: "reconciled",
      action: "key.regenerate",
      requestId: intent.requestId,
      actorUsername: "support@keyturn.test",
      targetKeyType: "Secondary",
      details: {
        intentSeq: crash.row.seq,
        found: "regenerated",
        previousFingerprint: before?.fingerprint,
        fingerprint: now?.fingerprint,
      },
    });
    expect(now).toMatchObject({
      changedOutsideConsole: false,
      rotatedBy: "support@keyturn.test",
      rotatedAt: crash.row.at.toISOString(),
    });

    // The request's own outcome, arriving after all, is refused by the database: still one outcome.
    await expect(crash.finish()).rejects.toMatchObject({ status: 503, code: "audit_unavailable" });
    expect(await outcomesOf(db(), crash.row.seq)).toHaveLength(1);
  });

  it("ends a regeneration killed before the provider acted with `unchanged`, and leaves the key's record alone", async () => {
    const NAME = "pricing-aci";
    const before = await secondary(NAME);
    const intent = intentOf(
      "key.regenerate",
      { workspace: WS, deployment: NAME, keyType: "Secondary" },
      {
        previousFingerprint: before?.fingerprint ?? null,
      },
    );
    const crash = await crashedIntent(db(), intent);
    await reconcileIntents(h.deps, { now: later(h.deps, crash.row, 1_000) });
    const outcomes = await outcomesOf(db(), crash.row.seq);
    expect(outcomes.map((o) => o.details)).toEqual([
      expect.objectContaining({ found: "unchanged", fingerprint: before?.fingerprint }),
    ]);
    expect(await secondary(NAME)).toEqual(before);
  });

  it("two reconcilers running at once write one outcome; the database refuses a second", async () => {
    const intent = intentOf(
      "key.regenerate",
      { workspace: WS, deployment: "pricing-aci", keyType: "Primary" },
      {
        previousFingerprint: null,
      },
    );
    const crash = await crashedIntent(db(), intent);
    const now = later(h.deps, crash.row, 1_000);
    await Promise.all([reconcileIntents(h.deps, { now }), reconcileIntents(h.deps, { now })]);
    const [outcome, ...more] = await outcomesOf(db(), crash.row.seq);
    expect(more).toEqual([]);
    expect(outcome?.outcome).toBe("reconciled");

    // Even a writer that skips the check cannot name the intent twice (the unique index).
    const twice = db().transaction((tx) =>
      appendAudit(tx, {
        ...intent,
        outcome: "reconciled",
        at: now.toISOString(),
        details: { intentSeq: crash.row.seq, found: "unknown" },
      }),
    );
    await expect(twice).rejects.toThrow();
    expect(await outcomesOf(db(), crash.row.seq)).toHaveLength(1);
  });

  it("reads the other intents' state from the provider: auth changes, create, delete; `unknown` when nothing tells", async () => {
    const target = (deployment: string) => ({ workspace: WS, deployment });
    const authBefore = {
      keyAuthBefore: true,
      tokenAuthBefore: false,
      keyAuthAfter: false,
      tokenAuthAfter: false,
    };
    const changed = await crashedIntent(
      db(),
      intentOf("deployment.auth-settings.change", target("pricing-aci"), authBefore),
      () => h.workspace.updateAuth(wsRef(WS), "pricing-aci", { keyAuth: false }).then(() => {}),
    );
    const unchanged = await crashedIntent(
      db(),
      intentOf("deployment.auth-settings.change", target("churn-predictor"), authBefore),
    );
    const absent = await crashedIntent(
      db(),
      intentOf("deployment.create", target("never-created"), { computeType: "ACI" }),
    );
    const present = await crashedIntent(
      db(),
      intentOf("deployment.delete", target("demo-open-aci"), { computeType: "ACI" }),
    );
    const deleted = await crashedIntent(
      db(),
      intentOf("deployment.delete", target("never-created"), { computeType: "ACI" }),
    );
    const reveal = await crashedIntent(
      db(),
      intentOf("key.reveal", { ...target("churn-predictor"), keyType: "Primary" }),
    );
    const elsewhere = await crashedIntent(
      db(),
      intentOf("deployment.delete", { workspace: "ws-nowhere", deployment: "x" }),
    );

    await reconcileIntents(h.deps, { now: later(h.deps, elsewhere.row, 1_000) });
    const found = async (c: typeof changed) => (await outcomesOf(db(), c.row.seq)).map((o) => o.details);
    expect(await found(changed)).toEqual([
      expect.objectContaining({ found: "changed", keyAuthFound: false }),
    ]);
    expect(await found(unchanged)).toEqual([
      expect.objectContaining({ found: "unchanged", keyAuthFound: true }),
    ]);
    expect(await found(absent)).toEqual([expect.objectContaining({ found: "absent" })]);
    expect(await found(present)).toEqual([expect.objectContaining({ found: "present", state: "Healthy" })]);
    expect(await found(deleted)).toEqual([expect.objectContaining({ found: "deleted" })]);
    expect(await found(reveal)).toEqual([
      expect.objectContaining({ found: "unknown", reason: "no_provider_state" }),
    ]);
    expect(await found(elsewhere)).toEqual([
      expect.objectContaining({ found: "unknown", reason: "not_found" }),
    ]);
  });

  it("leaves alone an intent whose outcome was written before outcomes named their intent", async () => {
    const intent = intentOf("key.reveal", {
      workspace: WS,
      deployment: "churn-predictor",
      keyType: "Primary",
    });
    const at = new Date(Date.now() - 3_600_000).toISOString();
    await db().transaction((tx) => appendAudit(tx, { ...intent, outcome: "intent", at }));
    await db().transaction((tx) => appendAudit(tx, { ...intent, outcome: "success", at }));
    await reconcileIntents(h.deps);
    const rows = await db()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.requestId, intent.requestId))
      .orderBy(asc(auditEvents.seq));
    expect(rows.map((r) => r.outcome)).toEqual(["intent", "success"]);
  });

  it("runs at start: a BFF started on a database with an old unfinished intent ends it", async () => {
    const intent = intentOf("key.reveal", {
      workspace: WS,
      deployment: "churn-predictor",
      keyType: "Primary",
    });
    const hourAgo = new Date(Date.now() - 3_600_000);
    auditedCall({ db: db(), intent, now: () => hourAgo }, () => new Promise(() => {})).catch(() => {});
    const [row] = await waitFor(() =>
      db().select().from(auditEvents).where(eq(auditEvents.requestId, intent.requestId)),
    );
    const config = testConfig({
      ...h.fx.env,
      KEYTURN_AUTH_ISSUER: h.fx.idp.issuer,
      KEYTURN_SEED_DEFAULT_CONNECTION: "false",
      KEYTURN_INVENTORY_SYNC_SECONDS: "0",
      KEYTURN_AUDIT_CHECKPOINT_MINUTES: "0",
    });
    const bff = await createBff(config, {
      database: h.db.database,
      verifier: h.deps.verifier,
      logger: h.deps.logger,
    });
    try {
      const outcomes = await waitFor(() => outcomesOf(db(), row?.seq ?? 0));
      expect(outcomes.map((o) => o.details.found)).toEqual(["unknown"]);
    } finally {
      await bff.close();
    }
  });
});

async function waitFor<T>(read: () => Promise<T[]>, timeoutMs = 10_000): Promise<T[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const rows = await read();
    if (rows.length > 0 || Date.now() > until) return rows;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
