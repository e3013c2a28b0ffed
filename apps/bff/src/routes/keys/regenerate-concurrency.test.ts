import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DB_KINDS } from "../../../test/support/databases.ts";
import {
  deploymentPath,
  type SecretsHarness,
  startSecretsHarness,
} from "../../../test/support/secrets-harness.ts";
import { TEST_PEPPER } from "../../../test/support/test-app.ts";
import { fingerprint } from "../../crypto/fingerprint.ts";
import { auditEvents, keyMetadata } from "../../db/schema.ts";
import { keyLockName } from "../../keys/key-lock.ts";
import { secretsRuntime } from "../../secrets-runtime.ts";
import { RegenerationSchema } from "./keys.schemas.ts";

// security-properties.md 14: 50 parallel regenerations of one key end in a state equal to some serial
// order, and the audit count equals the success count.

const WS = "ws-prod-eastus";
const NAME = "pricing-aci";
const PARALLEL = 50;

// Two replicas share the database: on PostgreSQL only the advisory lock orders requests across them;
// on PGlite (embedded, one process) the queue of that PGlite instance does.
describe.each(DB_KINDS)("50 parallel regenerations of one key on %s", (kind) => {
  let h: SecretsHarness;
  beforeAll(async () => {
    // The last of 50 serialised regenerations waits for the 49 others: allow for a slow machine.
    h = await startSecretsHarness(kind, { KEYTURN_REQUEST_TIMEOUT_MS: "110000" });
  });
  afterAll(() => h?.close());

  it("serialise: each success replaced the one before it, the last one is in force, audit = successes", async () => {
    const before = await h.keysOf(WS, NAME);
    const token = await h.tokenOf("operator");
    // Two replicas on one database: only the database's advisory lock orders requests across them.
    const replicas = [h.app, h.replica()];
    const responses = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        h.call(
          "POST",
          `${deploymentPath(WS, NAME)}/keys/${i % 3 ? "primary" : "Primary"}/regenerate`,
          { token },
          undefined,
          replicas[i % 2],
        ),
      ),
    );
    const ok = responses.filter((r) => r.status === 200);
    expect(responses.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
    const answered = await Promise.all(
      ok.map(async (r) => RegenerationSchema.parse(await r.json()).key.fingerprint),
    );

    const records = await h.db.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "key.regenerate"), eq(auditEvents.targetDeployment, NAME)))
      .orderBy(asc(auditEvents.seq));
    const successes = records.filter((r) => r.outcome === "success");
    expect(successes).toHaveLength(ok.length);
    expect(records.filter((r) => r.outcome === "intent")).toHaveLength(PARALLEL);
    expect(records.filter((r) => r.outcome === "failed")).toHaveLength(0);

    // A serial order: every success replaced exactly the key the previous success produced.
    let expected = fingerprint(TEST_PEPPER, before.primaryKey ?? "");
    for (const record of successes) {
      expect(record.details.previousFingerprint).toBe(expected);
      expected = record.details.fingerprint as string;
    }
    expect(new Set(answered)).toEqual(new Set(successes.map((r) => r.details.fingerprint)));

    const after = await h.keysOf(WS, NAME);
    expect(fingerprint(TEST_PEPPER, after.primaryKey ?? "")).toBe(expected);
    expect(after.secondaryKey).toBe(before.secondaryKey);
    const [row] = await h.db.database.db
      .select()
      .from(keyMetadata)
      .where(and(eq(keyMetadata.deployment, NAME), eq(keyMetadata.keyType, "Primary")));
    expect(row).toMatchObject({ fingerprint: expected, version: ok.length });
  }, 120_000); // 50 serial round trips to the workspace: seconds alone, much more on a loaded machine

  it("a request that timed out while queued for the key's lock does nothing", async () => {
    const before = await h.keysOf(WS, NAME);
    const intents = async () =>
      (
        await h.db.database.db
          .select()
          .from(auditEvents)
          .where(and(eq(auditEvents.action, "key.regenerate"), eq(auditEvents.targetKeyType, "Secondary")))
      ).length;
    const counted = await intents();
    const impatient = h.replica({ KEYTURN_REQUEST_TIMEOUT_MS: "1000" });
    // Warm the replica's provider (workspace list, credential) so the request reaches the lock in time.
    await h.call("GET", `${deploymentPath(WS, NAME)}/keys`, "operator", undefined, impatient);
    let acquired: () => void = () => {};
    const locked = new Promise<void>((resolve) => {
      acquired = resolve;
    });
    const held = secretsRuntime(h.deps).keyLocks.run(keyLockName(WS, NAME, "Secondary"), async () => {
      acquired();
      await new Promise((resolve) => setTimeout(resolve, 3000));
    });
    await locked; // on PostgreSQL the advisory lock is taken asynchronously
    const response = await h.call(
      "POST",
      `${deploymentPath(WS, NAME)}/keys/Secondary/regenerate`,
      "operator",
      undefined,
      impatient,
    );
    expect(response.status).toBe(504);
    await held;
    // Queue behind the timed-out request: when this runs, it has had its turn with the lock.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await secretsRuntime(h.deps).keyLocks.run(keyLockName(WS, NAME, "Secondary"), async () => {});
    expect(await intents()).toBe(counted);
    expect((await h.keysOf(WS, NAME)).secondaryKey).toBe(before.secondaryKey);
  });
});
