import { type KeyIdentifyRequest, KeyIdentifyResultSchema, KeyListSchema } from "@keyturn/api-contract";
import { keyAgeDays } from "@keyturn/auth-domain";
import { describe, expect, it } from "vitest";
import { DB_KINDS } from "../../../test/support/databases.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { recordsWhere } from "../../../test/support/recorded.ts";
import {
  type Caller,
  deploymentParam,
  fingerprintOf,
  secretsHarnessFixture,
  wsRef,
} from "../../../test/support/secrets-harness.ts";
import { outsideContract } from "../../../test/support/typed-client.ts";

const WS = "ws-prod-eastus";
const KEYED = "churn-predictor";

describe.each(DB_KINDS)("keys on %s", (kind) => {
  const h = secretsHarnessFixture(kind);

  const listKeys = (who: Caller, name = KEYED, ws = WS) =>
    h.deployment(who).keys.$get(deploymentParam(ws, name));
  const identifyKey = (who: Caller, body: KeyIdentifyRequest) =>
    h.deployment(who).keys.identify.$post({ ...deploymentParam(WS, KEYED), json: body });
  const audit = (action: string) => recordsWhere(h.db.database, { action });

  it("lists both keys' metadata: fingerprint under the pepper, issued at the service's creation, age", async () => {
    const [keys, service] = await Promise.all([h.keysOf(WS, KEYED), h.serviceOf(WS, KEYED)]);
    const response = await listKeys("lead");
    expect(response.status).toBe(200);
    const body = KeyListSchema.parse(await response.json());
    const createdAt = new Date(service.createdTime).toISOString();
    expect(body.keys).toEqual([
      expect.objectContaining({
        keyType: "Primary",
        fingerprint: fingerprintOf(keys.primaryKey),
        issuedAt: createdAt,
      }),
      expect.objectContaining({
        keyType: "Secondary",
        fingerprint: fingerprintOf(keys.secondaryKey),
        issuedAt: createdAt,
      }),
    ]);
    for (const key of body.keys) {
      expect(key).toMatchObject({ rotatedAt: null, rotatedBy: null, changedOutsideConsole: false });
      expect(key.ageDays).toBe(keyAgeDays(key, new Date()));
      expect(key.fingerprint).toMatch(/^[0-9a-f]{12}$/);
    }
    expect(body.keys[0]?.ageDays).toBeGreaterThan(200); // churn-predictor: the seed's 212-day-old keys
  });

  it("needs a signed-in user (no role reads metadata), and answers 404 for unknown workspaces and deployments", async () => {
    expect((await listKeys("norole")).status).toBe(200);
    await expectProblem(await listKeys(null), 401, "unauthenticated");
    await expectProblem(await listKeys("operator", "no-such-model"), 404, "not_found");
    await expectProblem(await listKeys("operator", KEYED, "ws-nowhere"), 404, "not_found");
  });

  it("tells a key changed outside the console from the console's record", async () => {
    const secondary = async () =>
      KeyListSchema.parse(await (await listKeys("operator")).json()).keys.find(
        (k) => k.keyType === "Secondary",
      );
    expect((await h.regenerate(WS, KEYED, "Secondary", "support")).status).toBe(200);
    expect(await secondary()).toMatchObject({
      changedOutsideConsole: false,
      rotatedBy: "support@keyturn.test",
    });

    await h.workspace.regenerateKey(wsRef(WS), KEYED, "Secondary"); // as the portal or the CLI would
    const service = await h.serviceOf(WS, KEYED);
    expect(await secondary()).toMatchObject({
      changedOutsideConsole: true,
      rotatedAt: null,
      rotatedBy: null,
      issuedAt: new Date(service.updatedTime).toISOString(),
    });
  });

  it("identifies a pasted key as Primary, Secondary or unknown, never echoing it", async () => {
    const keys = await h.keysOf(WS, KEYED);
    const identify = async (key: string) => {
      const response = await identifyKey("support", { key });
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).not.toContain(key);
      return KeyIdentifyResultSchema.parse(JSON.parse(text)).match;
    };
    expect(await identify(keys.primaryKey ?? "")).toBe("Primary");
    expect(await identify(keys.secondaryKey ?? "")).toBe("Secondary");
    const stranger = "not-a-key-of-this-deployment-0123456789";
    expect(await identify(stranger)).toBe("unknown");
    await expectProblem(await identifyKey("lead", { key: stranger }), 403, "forbidden");
    await expectProblem(
      await identifyKey("support", outsideContract({ key: stranger, extra: 1 })),
      400,
      "validation_failed",
    );

    const records = await audit("key.identify");
    const intents = records.filter((r) => r.outcome === "intent").map((r) => r.seq);
    expect(records.filter((r) => r.outcome === "success").map((r) => r.details)).toEqual([
      { match: "Primary", intentSeq: intents[0] },
      { match: "Secondary", intentSeq: intents[1] },
      { match: "unknown", intentSeq: intents[2] },
    ]);
    // Were a pasted key ever logged by mistake, pino's redaction covers `key` wherever it sits.
    h.deps.logger.info(
      { key: stranger, body: { key: stranger }, request: { json: { key: stranger } } },
      "probe",
    );
    const probe = h.log.lines.at(-1) as Record<string, unknown>;
    expect(probe).toMatchObject({
      key: "[redacted]",
      body: { key: "[redacted]" },
      request: { json: { key: "[redacted]" } },
    });

    const everything = [JSON.stringify(records), ...h.log.raw, ...h.captured.map((c) => c.body)].join("\n");
    for (const pasted of [keys.primaryKey, keys.secondaryKey, stranger])
      expect(everything).not.toContain(pasted);
  });

  // Decision 008: a reveal is not one-time. Each one needs a recent sign-in and is audited on its own.
  // Last: a reveal puts a key in the captured answers, which the identify test scans for keys.
  it("reveals a key as often as asked: each reveal is no-store and has its own audit records", async () => {
    const { primaryKey } = await h.keysOf(WS, KEYED);
    const fresh = { token: await h.signIn("operator") };
    const before = (await audit("key.reveal")).length;
    const requestIds: string[] = [];
    for (let n = 0; n < 3; n += 1) {
      const response = await h.deployment(fresh).keys[":keyType"].reveal.$post({
        param: { workspace: WS, name: KEYED, keyType: "Primary" },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toMatchObject({ keyType: "Primary", value: primaryKey });
      requestIds.push(response.headers.get("x-request-id") ?? "");
    }
    const records = (await audit("key.reveal")).slice(before);
    expect(records.map((r) => [r.outcome, r.requestId])).toEqual(
      requestIds.flatMap((id) => [
        ["intent", id],
        ["success", id],
      ]),
    );
    expect(new Set(requestIds).size).toBe(3);
    for (const [i, record] of records.entries()) {
      if (record.outcome === "success")
        expect(record.details).toEqual({
          fingerprint: fingerprintOf(primaryKey),
          intentSeq: records[i - 1]?.seq,
        });
    }
  });
});
