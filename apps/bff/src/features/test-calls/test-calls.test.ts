import { type TestCallRequest, TestCallResultSchema } from "@keyturn/api-contract";
import { describe, expect, it } from "vitest";
import { DB_KINDS } from "../../../test/support/databases.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { recordsWhere } from "../../../test/support/recorded.ts";
import {
  type Caller,
  deploymentParam,
  secretsHarnessFixture,
} from "../../../test/support/secrets-harness.ts";
import { outsideContract } from "../../../test/support/typed-client.ts";

const WS = "ws-prod-eastus";
const KEYED = "churn-predictor";
const TOKEN = "fraud-scoring";

describe.each(DB_KINDS)("test calls on %s", (kind) => {
  const h = secretsHarnessFixture(kind);

  const post = (name: string, who: Caller, body: TestCallRequest) =>
    h.deployment(who)["test-call"].$post({ ...deploymentParam(WS, name), json: body });
  const testCall = async (name: string, body: TestCallRequest, who: "operator" | "support" = "operator") => {
    const response = await post(name, who, body);
    expect(response.status).toBe(200);
    return TestCallResultSchema.parse(await response.json());
  };

  it("calls the scoring URI with the primary key: 200, latency, selected headers, the prediction", async () => {
    const keys = await h.keysOf(WS, "churn-predictor");
    const result = await testCall(KEYED, { credential: "primary" });
    expect(result).toMatchObject({ credential: "primary", status: 200, truncated: false });
    expect(result.headers["content-type"]).toContain("application/json");
    expect(JSON.parse(result.body)).toEqual([expect.any(Number), expect.any(Number)]);
    expect(result.latencyMs).toBeGreaterThan(0);
    expect(result.scoringUri).toBe((await h.serviceOf(WS, "churn-predictor")).scoringUri);
    const secondary = await testCall(KEYED, {
      credential: "secondary",
      body: { data: [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]] },
    });
    expect(secondary.status).toBe(200);
    expect(JSON.stringify([result, secondary])).not.toContain(keys.primaryKey);
    expect(JSON.stringify([result, secondary])).not.toContain(keys.secondaryKey);
  });

  it("reports the refusal of a call without credential (the BFF answers 200, the service said 401)", async () => {
    const result = await testCall(KEYED, { credential: "none" });
    expect(result.status).toBe(401);
    expect(result.headers["www-authenticate"]).toContain("Bearer");
    expect(result.body).toContain("missing_credential");
  });

  it("uses the cached workspace token on a token-auth deployment; keys are refused there", async () => {
    expect(await testCall(TOKEN, { credential: "token" }, "support")).toMatchObject({ status: 200 });
    expect((await testCall(TOKEN, { credential: "primary" })).status).toBe(401);
    await expectProblem(
      await post(KEYED, "operator", { credential: "token" }),
      400,
      "token_auth_not_enabled",
    );
  });

  it("passes the model's own 400 on a bad input through as a result", async () => {
    const result = await testCall(KEYED, { credential: "primary", body: { data: [[1, 2]] } });
    expect(result.status).toBe(400);
    expect(result.body).toContain("validation_failed");
  });

  it("refuses a wrong credential name, unknown fields, bodies over 64 KB, and roles without token:get-and-test", async () => {
    for (const body of [{ credential: "tertiary" }, { credential: "primary", key: "x" }, {}]) {
      await expectProblem(await post(KEYED, "operator", outsideContract(body)), 400, "validation_failed");
    }
    const big = { credential: "primary" as const, body: { blob: "x".repeat(70 * 1024) } };
    await expectProblem(await post(KEYED, "operator", big), 413, "payload_too_large");
    await expectProblem(await post(KEYED, "lead", { credential: "primary" }), 403, "forbidden");
  });

  it("audits every test call with the credential's name, the status and the latency — never a value", async () => {
    const records = await recordsWhere(h.db.database, { action: "test-call.run", outcome: "success" });
    expect(records.length).toBeGreaterThanOrEqual(6);
    expect(records[0]?.details).toMatchObject({ credential: "primary", mode: "key", status: 200 });
    const failed = await recordsWhere(h.db.database, { action: "test-call.run", outcome: "failed" });
    expect(failed.map((r) => r.details.errorCode)).toEqual(["token_auth_not_enabled"]);
  });
});
