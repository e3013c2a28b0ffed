import { EndpointKeyListSchema, EndpointKeyRegenerationSchema, KeyRevealSchema } from "@keyturn/api-contract";
import { describe, expect, it } from "vitest";
import { DB_KINDS } from "../../../test/support/databases.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { recordsWhere } from "../../../test/support/recorded.ts";
import { fingerprintOf, score, secretsHarnessFixture } from "../../../test/support/secrets-harness.ts";
import { directEndpoints, endpointKeysEtag, endpointParam, endpointRoutes } from "./endpoint-test-support.ts";

const WS = "ws-prod-eastus";
const KEYED = "churn-online";
const INPUT = { data: [[0.038, 0.051, 0.062, 0.022, -0.044, -0.035, -0.043, -0.003, 0.02, -0.018]] };

describe.each(DB_KINDS)("online endpoint keys on %s", (kind) => {
  const h = secretsHarnessFixture(kind);
  type Who = Parameters<typeof endpointRoutes>[1];
  const keys = (who: Who) => endpointRoutes(h, who).keys;
  const regenerate = (who: Who, keyType: string, ifMatch: string | undefined) =>
    keys(who)[":keyType"].regenerate.$post({
      param: { workspace: WS, name: KEYED, keyType },
      header: { "if-match": ifMatch },
    });

  it("lists both keys' metadata by fingerprint, never a value; other modes have none", async () => {
    const direct = await directEndpoints(h);
    const values = await direct.keys(WS, KEYED);
    const response = await keys("lead").$get(endpointParam(WS, KEYED));
    expect(response.status).toBe(200);
    const body = EndpointKeyListSchema.parse(await response.json());
    expect(response.headers.get("etag")).toBe(body.etag);
    expect(body.keys.map((k) => [k.keyType, k.fingerprint])).toEqual([
      ["Primary", fingerprintOf(values.primaryKey)],
      ["Secondary", fingerprintOf(values.secondaryKey)],
    ]);
    for (const key of body.keys) expect(key).toMatchObject({ rotatedAt: null, changedOutsideConsole: false });
    // The seed's churn-online keys are past a 90-day policy.
    expect(body.keys[0]?.ageDays).toBeGreaterThan(90);
    await expectProblem(await keys("lead").$get(endpointParam(WS, "fraud-online")), 409, "conflict");
  });

  it("regenerates one key with If-Match: Azure's operation followed, the old value refused at once, audited", async () => {
    const direct = await directEndpoints(h);
    const before = await direct.keys(WS, KEYED);
    await expectProblem(await regenerate("support", "secondary", undefined), 428, "precondition_required");
    await expectProblem(
      await regenerate("lead", "secondary", await endpointKeysEtag(h, WS, KEYED)),
      403,
      "forbidden",
    );
    await expectProblem(await regenerate("support", "tertiary", '"x"'), 400, "invalid_key_type");

    const etag = await endpointKeysEtag(h, WS, KEYED);
    const response = await regenerate("support", "secondary", etag);
    expect(response.status).toBe(200);
    const body = EndpointKeyRegenerationSchema.parse(await response.json());
    const after = await direct.keys(WS, KEYED);
    expect(after.primaryKey).toBe(before.primaryKey);
    expect(after.secondaryKey).not.toBe(before.secondaryKey);
    expect(body).toMatchObject({
      previousFingerprint: fingerprintOf(before.secondaryKey),
      key: {
        keyType: "Secondary",
        fingerprint: fingerprintOf(after.secondaryKey),
        ageDays: 0,
        rotatedBy: "support@keyturn.test",
      },
    });
    expect(response.headers.get("etag")).toBe(body.etag);

    const { scoringUri } = (await direct.get(WS, KEYED)).properties;
    expect((await score(scoringUri ?? "", before.secondaryKey ?? "", INPUT)).status).toBe(401);
    expect((await score(scoringUri ?? "", after.secondaryKey ?? "", INPUT)).status).toBe(200);

    // The same ETag again names keys that are gone: 412, nothing regenerated.
    await expectProblem(await regenerate("support", "secondary", etag), 412, "precondition_failed");
    expect((await direct.keys(WS, KEYED)).secondaryKey).toBe(after.secondaryKey);

    const listed = EndpointKeyListSchema.parse(
      await (await keys("lead").$get(endpointParam(WS, KEYED))).json(),
    );
    expect(listed.keys[1]).toMatchObject({ rotatedBy: "support@keyturn.test", ageDays: 0 });
    const records = await recordsWhere(h.db.database, {
      action: "endpoint.key.regenerate",
      targetDeployment: KEYED,
    });
    expect(records.map((r) => r.outcome)).toEqual(["denied", "intent", "success"]);
    expect(records[2]?.details).toMatchObject({
      generation: "v2",
      fingerprint: fingerprintOf(after.secondaryKey),
    });
  });

  it("reveals a key to a rotator after a recent sign-in (no-store, audited), and says which key a value is", async () => {
    const direct = await directEndpoints(h);
    const values = await direct.keys(WS, KEYED);
    const reveal = await keys("support")[":keyType"].reveal.$post({
      param: { workspace: WS, name: KEYED, keyType: "primary" },
    });
    expect(reveal.status).toBe(200);
    expect(reveal.headers.get("cache-control")).toBe("no-store");
    expect(KeyRevealSchema.parse(await reveal.json())).toEqual({
      keyType: "Primary",
      fingerprint: fingerprintOf(values.primaryKey),
      value: values.primaryKey,
    });
    const denied = await keys("lead")[":keyType"].reveal.$post({
      param: { workspace: WS, name: KEYED, keyType: "primary" },
    });
    await expectProblem(denied, 403, "forbidden");

    const identify = (key: string) =>
      keys("support").identify.$post({ ...endpointParam(WS, KEYED), json: { key } });
    expect(await (await identify(values.secondaryKey ?? "")).json()).toEqual({ match: "Secondary" });
    expect(await (await identify("not-a-key-of-this-endpoint-at-all")).json()).toEqual({ match: "unknown" });
  });
});
