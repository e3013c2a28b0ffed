import { SAMPLE_SCORING_INPUT } from "@keyturn/azureml-rest";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DB_KINDS } from "../../../test/support/databases.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import {
  deploymentPath,
  type SecretsHarness,
  score,
  startSecretsHarness,
} from "../../../test/support/secrets-harness.ts";
import { TEST_PEPPER } from "../../../test/support/test-app.ts";
import { fingerprint } from "../../crypto/fingerprint.ts";
import { auditEvents, keyMetadata } from "../../db/schema.ts";
import { KeyListSchema, RegenerationSchema } from "./keys.schemas.ts";

const WS = "ws-prod-eastus";
const KEYED = "churn-predictor";
const path = (name = KEYED) => deploymentPath(WS, name);
const fp = (value: string | null) => fingerprint(TEST_PEPPER, value ?? "");

describe.each(DB_KINDS)("key regeneration on %s", (kind) => {
  let h: SecretsHarness;
  beforeAll(async () => {
    h = await startSecretsHarness(kind);
  });
  afterAll(() => h?.close());

  const audit = (action: string) =>
    h.db.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, action))
      .orderBy(asc(auditEvents.seq));

  it("regenerates the Secondary only: the old one is refused at once, the Primary keeps working", async () => {
    const before = await h.keysOf(WS, KEYED);
    const { scoringUri } = await h.serviceOf(WS, KEYED);
    expect((await score(scoringUri as string, before.secondaryKey ?? "", SAMPLE_SCORING_INPUT)).status).toBe(
      200,
    );

    const response = await h.call("POST", `${path()}/keys/secondary/regenerate`, "support");
    expect(response.status).toBe(200);
    const body = RegenerationSchema.parse(await response.json());
    const after = await h.keysOf(WS, KEYED);

    expect(after.primaryKey).toBe(before.primaryKey);
    expect(after.secondaryKey).not.toBe(before.secondaryKey);
    expect(body.previousFingerprint).toBe(fp(before.secondaryKey));
    expect(body.key).toMatchObject({
      keyType: "Secondary",
      fingerprint: fp(after.secondaryKey),
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
      fingerprint: fp(after.secondaryKey),
      previousFingerprint: fp(before.secondaryKey),
      rotatedBy: "support@keyturn.test",
    });

    const records = await audit("key.regenerate");
    expect(records.map((r) => r.outcome)).toEqual(["intent", "success"]);
    expect(records[1]).toMatchObject({
      targetWorkspace: WS,
      targetDeployment: KEYED,
      targetKeyType: "Secondary",
      details: { previousFingerprint: fp(before.secondaryKey), fingerprint: fp(after.secondaryKey) },
    });
    const recorded = JSON.stringify(records);
    for (const value of [before.secondaryKey, after.secondaryKey, after.primaryKey])
      expect(recorded).not.toContain(value);

    const list = KeyListSchema.parse(await (await h.call("GET", `${path()}/keys`, "operator")).json());
    const secondary = list.keys.find((k) => k.keyType === "Secondary");
    expect(secondary).toMatchObject({
      fingerprint: fp(after.secondaryKey),
      rotatedBy: "support@keyturn.test",
      ageDays: 0,
    });
    expect(secondary?.issuedAt).toBe(secondary?.rotatedAt);
    expect(list.keys.find((k) => k.keyType === "Primary")).toMatchObject({
      rotatedAt: null,
      fingerprint: fp(before.primaryKey),
    });
  });

  it("refuses an unknown key type with 400 invalid_key_type, and a role without key:regenerate with 403 (audited)", async () => {
    const problem = await expectProblem(
      await h.call("POST", `${path()}/keys/tertiary/regenerate`, "operator"),
      400,
      "invalid_key_type",
    );
    expect(problem.detail).toContain('"Primary" or "Secondary"');
    await expectProblem(await h.call("POST", `${path()}/keys/PRIMARY/regenerate`, "lead"), 403, "forbidden");
    expect((await audit("key.regenerate")).at(-1)).toMatchObject({
      outcome: "denied",
      targetKeyType: "Primary",
    });
  });
});
