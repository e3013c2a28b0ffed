import { KeyListSchema, KeyRegenerationSchema } from "@keyturn/api-contract";
import { SAMPLE_SCORING_INPUT } from "@keyturn/azureml-rest";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { DB_KINDS } from "../../../test/support/databases.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { recordsWhere } from "../../../test/support/recorded.ts";
import {
  deploymentParam,
  fingerprintOf,
  score,
  secretsHarnessFixture,
  wsRef,
} from "../../../test/support/secrets-harness.ts";
import { keyMetadata } from "../../db/schema.ts";
import { keysEtag } from "./keys-etag.ts";

const WS = "ws-prod-eastus";
const KEYED = "churn-predictor";

describe.each(DB_KINDS)("key regeneration on %s", (kind) => {
  const h = secretsHarnessFixture(kind);

  const audit = (action: string) => recordsWhere(h.db.database, { action });

  it("regenerates the Secondary only: the old one is refused at once, the Primary keeps working", async () => {
    const before = await h.keysOf(WS, KEYED);
    const { scoringUri } = await h.serviceOf(WS, KEYED);
    expect((await score(scoringUri as string, before.secondaryKey ?? "", SAMPLE_SCORING_INPUT)).status).toBe(
      200,
    );

    const etag = await h.keysEtag(WS, KEYED);
    const response = await h.regenerate(WS, KEYED, "secondary", "support", { ifMatch: etag });
    expect(response.status).toBe(200);
    const body = KeyRegenerationSchema.parse(await response.json());
    const after = await h.keysOf(WS, KEYED);
    // The keys' new ETag, in the header and the body: what GET …/keys answers now.
    expect(body.etag).not.toBe(etag);
    expect(response.headers.get("etag")).toBe(body.etag);
    expect(await h.keysEtag(WS, KEYED)).toBe(body.etag);

    expect(after.primaryKey).toBe(before.primaryKey);
    expect(after.secondaryKey).not.toBe(before.secondaryKey);
    expect(body.previousFingerprint).toBe(fingerprintOf(before.secondaryKey));
    expect(body.key).toMatchObject({
      keyType: "Secondary",
      fingerprint: fingerprintOf(after.secondaryKey),
      rotatedBy: "support@keyturn.test",
      ageDays: 0,
    });
    expect(body.key.fingerprint).not.toBe(body.previousFingerprint);

    const uri = scoringUri as string;
    expect((await score(uri, before.secondaryKey ?? "", SAMPLE_SCORING_INPUT)).status).toBe(401);
    expect((await score(uri, after.primaryKey ?? "", SAMPLE_SCORING_INPUT)).status).toBe(200);
    expect((await score(uri, after.secondaryKey ?? "", SAMPLE_SCORING_INPUT)).status).toBe(200);

    const [row] = await h.db.database.db
      .select()
      .from(keyMetadata)
      .where(and(eq(keyMetadata.deployment, KEYED), eq(keyMetadata.keyType, "Secondary")));
    expect(row).toMatchObject({
      workspace: WS,
      fingerprint: fingerprintOf(after.secondaryKey),
      previousFingerprint: fingerprintOf(before.secondaryKey),
      rotatedBy: "support@keyturn.test",
    });

    const records = await audit("key.regenerate");
    expect(records.map((r) => r.outcome)).toEqual(["intent", "success"]);
    expect(records[1]).toMatchObject({
      targetWorkspace: WS,
      targetDeployment: KEYED,
      targetKeyType: "Secondary",
      details: {
        previousFingerprint: fingerprintOf(before.secondaryKey),
        fingerprint: fingerprintOf(after.secondaryKey),
      },
    });
    const recorded = JSON.stringify(records);
    for (const value of [before.secondaryKey, after.secondaryKey, after.primaryKey])
      expect(recorded).not.toContain(value);

    const list = KeyListSchema.parse(
      await (await h.deployment("operator").keys.$get(deploymentParam(WS, KEYED))).json(),
    );
    const secondary = list.keys.find((k) => k.keyType === "Secondary");
    expect(secondary).toMatchObject({
      fingerprint: fingerprintOf(after.secondaryKey),
      rotatedBy: "support@keyturn.test",
      ageDays: 0,
    });
    expect(secondary?.issuedAt).toBe(secondary?.rotatedAt);
    expect(list.keys.find((k) => k.keyType === "Primary")).toMatchObject({
      rotatedAt: null,
      fingerprint: fingerprintOf(before.primaryKey),
    });
  });

  it("refuses an unknown key type with 400 invalid_key_type, and a role without key:regenerate with 403 (audited)", async () => {
    const problem = await expectProblem(
      await h.regenerate(WS, KEYED, "tertiary", "operator"),
      400,
      "invalid_key_type",
    );
    expect(problem.detail).toContain('"Primary" or "Secondary"');
    await expectProblem(await h.regenerate(WS, KEYED, "PRIMARY", "lead"), 403, "forbidden");
    expect((await audit("key.regenerate")).at(-1)).toMatchObject({
      outcome: "denied",
      targetKeyType: "Primary",
    });
  });

  // security.md, property 13: every change needs If-Match with the current ETag.
  describe("If-Match", () => {
    const NAME = "pricing-aci";
    const regenerations = async () =>
      (await audit("key.regenerate")).filter((r) => r.targetDeployment === NAME && r.outcome !== "denied");

    it("GET …/keys sends the keys' ETag as a header and in the body, built from both fingerprints", async () => {
      const response = await h.deployment("lead").keys.$get(deploymentParam(WS, NAME));
      const body = KeyListSchema.parse(await response.json());
      expect(response.headers.get("etag")).toBe(body.etag);
      const keys = await h.keysOf(WS, NAME);
      expect(body.etag).toBe(
        keysEtag({ primary: fingerprintOf(keys.primaryKey), secondary: fingerprintOf(keys.secondaryKey) }),
      );
      expect(body.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
      for (const value of [keys.primaryKey, keys.secondaryKey]) expect(body.etag).not.toContain(value);
    });

    it.each([
      ["no If-Match", null],
      ["If-Match: *", "*"],
    ])("428 precondition_required with %s: nothing changes, nothing is audited", async (_label, ifMatch) => {
      const before = await h.keysOf(WS, NAME);
      await expectProblem(
        await h.regenerate(WS, NAME, "Secondary", "support", { ifMatch }),
        428,
        "precondition_required",
      );
      expect(await h.keysOf(WS, NAME)).toEqual(before);
      expect(await regenerations()).toEqual([]);
    });

    it("412 precondition_failed with a stale ETag (after someone else's regeneration), with the current ETag; nothing changes", async () => {
      const stale = await h.keysEtag(WS, NAME);
      // Someone else regenerates the Primary through the console; then a portal rotation of the Secondary.
      const other = await h.regenerate(WS, NAME, "Primary", "operator", { ifMatch: stale });
      expect(other.status).toBe(200);
      const { etag: afterOther } = KeyRegenerationSchema.parse(await other.json());
      const current = await h.keysEtag(WS, NAME);
      expect(current).toBe(afterOther);
      const before = await h.keysOf(WS, NAME);
      const refused = await h.regenerate(WS, NAME, "Secondary", "support", { ifMatch: stale });
      const problem = await expectProblem(refused, 412, "precondition_failed");
      expect(problem.detail).toContain("read them again");
      expect(refused.headers.get("etag")).toBe(current);
      // A weak tag never matches, even the current one.
      await expectProblem(
        await h.regenerate(WS, NAME, "Secondary", "support", { ifMatch: `W/${current}` }),
        412,
        "precondition_failed",
      );
      expect(await h.keysOf(WS, NAME)).toEqual(before);
      expect((await regenerations()).map((r) => [r.outcome, r.targetKeyType])).toEqual([
        ["intent", "Primary"],
        ["success", "Primary"],
      ]);

      // Changed outside the console (as the portal or the CLI would): the ETag moves too.
      await h.workspace.regenerateKey(wsRef(WS), NAME, "Secondary");
      const outside = await h.keysEtag(WS, NAME);
      expect(outside).not.toBe(current);
      const refusedAgain = await h.regenerate(WS, NAME, "Primary", "support", { ifMatch: current });
      await expectProblem(refusedAgain, 412, "precondition_failed");
      expect(refusedAgain.headers.get("etag")).toBe(outside);
      expect(await regenerations()).toHaveLength(2);
    });

    it("a list of tags matches when one of them is current", async () => {
      const current = await h.keysEtag(WS, NAME);
      const response = await h.regenerate(WS, NAME, "Secondary", "support", {
        ifMatch: `"not-it", ${current}`,
      });
      expect(response.status).toBe(200);
    });
  });
});
