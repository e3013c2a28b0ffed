import { KeyRegenerationSchema } from "@keyturn/api-contract";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { DB_KINDS } from "../../../test/support/databases.ts";
import { recordsWhere } from "../../../test/support/recorded.ts";
import {
  deploymentParam,
  fingerprintOf,
  secretsHarnessFixture,
} from "../../../test/support/secrets-harness.ts";
import { keyMetadata } from "../../db/schema.ts";
import { keysLockName } from "./key-lock.ts";

// security.md, properties 13 and 14: regenerations need If-Match with the keys' current ETag. 50
// concurrent regenerations sent with the same ETag end in exactly one rotation (the rest 412), and
// the audit's success count equals it; a chain where each uses the previous answer's ETag all succeed.

const WS = "ws-prod-eastus";
const NAME = "pricing-aci";
const PARALLEL = 50;
const CHAIN = 8;

// Two replicas share the database: on PostgreSQL only the advisory lock orders requests across them;
// on PGlite (embedded, one process) the queue of that PGlite instance does.
describe.each(DB_KINDS)("concurrent regenerations of one deployment's keys on %s", (kind) => {
  // The last of 50 serialised requests waits for the 49 others: allow for a slow machine.
  const h = secretsHarnessFixture(kind, { KEYTURN_REQUEST_TIMEOUT_MS: "110000" });

  const records = () => recordsWhere(h.db.database, { action: "key.regenerate", targetDeployment: NAME });
  const metadataRow = async (keyType: "Primary" | "Secondary") =>
    (
      await h.db.database.db
        .select()
        .from(keyMetadata)
        .where(and(eq(keyMetadata.deployment, NAME), eq(keyMetadata.keyType, keyType)))
    )[0];

  it("50 concurrent regenerations with one ETag: exactly one 200, the rest 412, one audited rotation", async () => {
    const before = await h.keysOf(WS, NAME);
    const etag = await h.keysEtag(WS, NAME);
    const token = await h.tokenOf("operator");
    // Two replicas on one database: only the database's advisory lock orders requests across them.
    const replicas = [h.app, h.replica()];
    const responses = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        h.regenerate(
          WS,
          NAME,
          i % 3 ? "primary" : "Primary",
          { token },
          { ifMatch: etag, on: replicas[i % 2] },
        ),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s !== 200 && s !== 412)).toEqual([]);
    const winner = KeyRegenerationSchema.parse(await responses.find((r) => r.status === 200)?.json());
    // Every loser is told the keys' current ETag: the one the winner answered.
    for (const loser of responses.filter((r) => r.status === 412)) {
      expect(loser.headers.get("etag")).toBe(winner.etag);
    }

    const audited = await records();
    expect(audited.map((r) => r.outcome)).toEqual(["intent", "success"]);
    expect(audited[1]?.details).toEqual({
      previousFingerprint: fingerprintOf(before.primaryKey),
      fingerprint: winner.key.fingerprint,
      intentSeq: audited[0]?.seq,
    });

    // The state is that one rotation: the Primary replaced once, the Secondary untouched.
    const after = await h.keysOf(WS, NAME);
    expect(fingerprintOf(after.primaryKey)).toBe(winner.key.fingerprint);
    expect(winner.previousFingerprint).toBe(fingerprintOf(before.primaryKey));
    expect(after.secondaryKey).toBe(before.secondaryKey);
    expect(await h.keysEtag(WS, NAME)).toBe(winner.etag);
    expect(await metadataRow("Primary")).toMatchObject({ fingerprint: winner.key.fingerprint, version: 1 });
  });

  it("the ETag covers both keys: Primary and Secondary regenerations with one ETag → exactly one 200", async () => {
    const before = await h.keysOf(WS, NAME);
    const replicas = [h.app, h.replica()];
    // Warm both replicas (workspace list, credential) so that every request reaches the lock at once.
    await Promise.all(replicas.map((on) => h.keysEtag(WS, NAME, on)));
    const etag = await h.keysEtag(WS, NAME);
    const token = await h.tokenOf("operator");
    const counted = (await records()).length;
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        h.regenerate(
          WS,
          NAME,
          i % 2 ? "Secondary" : "Primary",
          { token },
          { ifMatch: etag, on: replicas[(i >> 1) % 2] },
        ),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s !== 200 && s !== 412)).toEqual([]);
    const after = await h.keysOf(WS, NAME);
    const changed = [after.primaryKey !== before.primaryKey, after.secondaryKey !== before.secondaryKey];
    expect(changed.filter(Boolean)).toHaveLength(1);
    expect((await records()).slice(counted).map((r) => r.outcome)).toEqual(["intent", "success"]);
  });

  it("a serial chain, each request with the previous answer's ETag: every one succeeds, in one chain", async () => {
    let etag = await h.keysEtag(WS, NAME);
    const counted = (await records()).length;
    const replicas = [h.app, h.replica()];
    let expected = fingerprintOf((await h.keysOf(WS, NAME)).secondaryKey);
    for (let i = 0; i < CHAIN; i += 1) {
      const response = await h.regenerate(WS, NAME, "Secondary", "support", {
        ifMatch: etag,
        on: replicas[i % 2],
      });
      expect(response.status, `regeneration ${i + 1}`).toBe(200);
      const body = KeyRegenerationSchema.parse(await response.json());
      expect(body.previousFingerprint).toBe(expected);
      expect(response.headers.get("etag")).toBe(body.etag);
      expect(body.etag).not.toBe(etag);
      etag = body.etag;
      expected = body.key.fingerprint;
    }
    const successes = (await records()).slice(counted).filter((r) => r.outcome === "success");
    expect(successes).toHaveLength(CHAIN);
    expect(fingerprintOf((await h.keysOf(WS, NAME)).secondaryKey)).toBe(expected);
    expect(await metadataRow("Secondary")).toMatchObject({ fingerprint: expected });
    expect(await h.keysEtag(WS, NAME)).toBe(etag);
  });

  it("a request that timed out while queued for the keys' lock does nothing", async () => {
    const before = await h.keysOf(WS, NAME);
    const intents = async () =>
      (await recordsWhere(h.db.database, { action: "key.regenerate", targetKeyType: "Secondary" })).length;
    const counted = await intents();
    const impatient = h.replica({ KEYTURN_REQUEST_TIMEOUT_MS: "1000" });
    // Warm the replica's provider (workspace list, credential) so the request reaches the lock in time.
    await h.deployment("operator", impatient).keys.$get(deploymentParam(WS, NAME));
    const etag = await h.keysEtag(WS, NAME);
    let acquired: () => void = () => {};
    const locked = new Promise<void>((resolve) => {
      acquired = resolve;
    });
    const held = h.deps.secrets.keyLocks.run(keysLockName(WS, NAME), async () => {
      acquired();
      await new Promise((resolve) => setTimeout(resolve, 3000));
    });
    await locked; // on PostgreSQL the advisory lock is taken asynchronously
    const response = await h.regenerate(WS, NAME, "Secondary", "operator", { ifMatch: etag, on: impatient });
    expect(response.status).toBe(504);
    await held;
    // Queue behind the timed-out request: when this runs, it has had its turn with the lock.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await h.deps.secrets.keyLocks.run(keysLockName(WS, NAME), async () => {});
    expect(await intents()).toBe(counted);
    expect((await h.keysOf(WS, NAME)).secondaryKey).toBe(before.secondaryKey);
  });
});
