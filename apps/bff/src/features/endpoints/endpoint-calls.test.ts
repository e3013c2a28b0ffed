import {
  EndpointEnforcementReportSchema,
  EndpointTestCallResultSchema,
  EndpointTokenMetadataSchema,
} from "@keyturn/api-contract";
import { describe, expect, it } from "vitest";
import { DB_KINDS } from "../../../test/support/databases.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { recordsWhere } from "../../../test/support/recorded.ts";
import { secretsHarnessFixture } from "../../../test/support/secrets-harness.ts";
import { directEndpoints, endpointKeysEtag, endpointParam, endpointRoutes } from "./endpoint-test-support.ts";

const WS = "ws-prod-eastus";

describe.each(DB_KINDS)("online endpoint tokens, test calls and enforcement on %s", (kind) => {
  const h = secretsHarnessFixture(kind, { LOG_LEVEL: "trace" });
  type Who = Parameters<typeof endpointRoutes>[1];
  const ep = (who: Who) => endpointRoutes(h, who);
  const testCall = (
    who: Who,
    ws: string,
    name: string,
    json: { credential: "primary" | "secondary" | "aml-token" | "entra-token" | "none"; deployment?: string },
  ) => ep(who)["test-call"].$post({ ...endpointParam(ws, name), json });

  it("gets an AML token with the reader identity: its refresh-after and expiry, never the token", async () => {
    const response = await ep("support").token.$post(endpointParam("ws-ml-westeurope", "claims-online"));
    expect(response.status).toBe(200);
    const body = EndpointTokenMetadataSchema.parse(await response.json());
    expect(body.state).toBe("fresh");
    expect(body.secondsUntilRefresh).toBeGreaterThan(0);
    expect(body.secondsUntilExpiry).toBeGreaterThanOrEqual(body.secondsUntilRefresh);
    expect(body.refreshAfter).toBeLessThanOrEqual(body.expiryOn);
    await expectProblem(await ep("support").token.$post(endpointParam(WS, "churn-online")), 409, "conflict");
    await expectProblem(
      await ep("lead").token.$post(endpointParam("ws-ml-westeurope", "claims-online")),
      403,
      "forbidden",
    );
  });

  it("test-calls with the credential and the deployment chosen, in each mode", async () => {
    const green = await testCall("operator", WS, "churn-online", {
      credential: "primary",
      deployment: "green",
    });
    expect(green.status).toBe(200);
    const result = EndpointTestCallResultSchema.parse(await green.json());
    expect(result).toMatchObject({ status: 200, requestedDeployment: "green", servedBy: "green" });
    const none = EndpointTestCallResultSchema.parse(
      await (await testCall("operator", WS, "churn-online", { credential: "none" })).json(),
    );
    expect(none.status).toBe(401);
    const missing = EndpointTestCallResultSchema.parse(
      await (
        await testCall("operator", WS, "churn-online", { credential: "primary", deployment: "purple" })
      ).json(),
    );
    expect(missing.status).toBe(404);

    const entra = EndpointTestCallResultSchema.parse(
      await (await testCall("operator", WS, "fraud-online", { credential: "entra-token" })).json(),
    );
    expect(entra).toMatchObject({ status: 200, servedBy: "main" });
    const aml = EndpointTestCallResultSchema.parse(
      await (
        await testCall("support", "ws-ml-westeurope", "claims-online", { credential: "aml-token" })
      ).json(),
    );
    expect(aml.status).toBe(200);
    // The BFF's Entra token sent to a key endpoint is refused.
    const wrong = await testCall("operator", "ws-ml-westeurope", "route-k8s", { credential: "entra-token" });
    expect(EndpointTestCallResultSchema.parse(await wrong.json()).status).toBe(401);

    const records = await recordsWhere(h.db.database, {
      action: "endpoint.test-call.run",
      targetDeployment: "churn-online",
    });
    expect(records.find((r) => r.outcome === "success")?.details).toMatchObject({
      generation: "v2",
      credential: "primary",
      requestedDeployment: "green",
      servedBy: "green",
    });
  });

  it("verifies enforcement: an Entra-token endpoint refuses a real token of another audience", async () => {
    const response = await ep("lead")["verify-enforcement"].$post(endpointParam(WS, "fraud-online"));
    expect(response.status).toBe(200);
    const report = EndpointEnforcementReportSchema.parse(await response.json());
    expect(report.passed).toBe(true);
    const outcome = Object.fromEntries(report.checks.map((c) => [c.check, c.outcome]));
    expect(outcome).toEqual({
      "no-credential": "pass",
      "garbage-key": "pass",
      "forged-token": "pass",
      "wrong-audience-token": "pass",
      "previous-key": "skipped",
    });
  });

  it("verifies a key endpoint with the key a console regeneration replaced", async () => {
    const etag = await endpointKeysEtag(h, WS, "churn-online");
    const regenerated = await ep("support").keys[":keyType"].regenerate.$post({
      param: { workspace: WS, name: "churn-online", keyType: "Primary" },
      header: { "if-match": etag },
    });
    expect(regenerated.status).toBe(200);
    const response = await ep("support")["verify-enforcement"].$post(endpointParam(WS, "churn-online"));
    const report = EndpointEnforcementReportSchema.parse(await response.json());
    expect(report.passed).toBe(true);
    expect(report.checks.find((c) => c.check === "previous-key")).toMatchObject({
      outcome: "pass",
      keyType: "Primary",
    });
    expect(report.checks.find((c) => c.check === "wrong-audience-token")?.outcome).toBe("skipped");
  });

  it("no key or token value leaves the BFF except through a reveal: answers, headers and log lines", async () => {
    const direct = await directEndpoints(h);
    const reveal = await ep("support").keys[":keyType"].reveal.$post({
      param: { workspace: WS, name: "churn-online", keyType: "Secondary" },
    });
    expect(reveal.status).toBe(200);
    const state = h.deps.providerClients.values().next().value;
    const secrets = [
      ...Object.values(await direct.keys(WS, "churn-online")),
      ...Object.values(await direct.keys("ws-ml-westeurope", "route-k8s")),
      ...Object.values(await direct.keys("ws-research-japaneast", "vision-online")),
      await state?.sources.reader(),
      await state?.sources.main(),
    ].filter((v): v is string => typeof v === "string" && v.length > 0);
    expect(secrets.length).toBeGreaterThan(4);
    const answers = h.captured.filter((a) => !a.label.endsWith("/reveal"));
    expect(answers.length).toBeGreaterThan(10);
    for (const answer of answers) {
      const text = `${answer.body}\n${JSON.stringify(answer.headers)}`;
      for (const secret of secrets) expect(text.includes(secret), answer.label).toBe(false);
    }
    const logs = h.log.raw.join("\n");
    for (const secret of secrets) expect(logs.includes(secret)).toBe(false);
  });
});
