import { EndpointClientSnippetsSchema, KeyRevealSchema, SAMPLE_SCORING_INPUT } from "@keyturn/api-contract";
import { v2Paths } from "@keyturn/azureml-rest";
import { describe, expect, it } from "vitest";
import { DB_KINDS } from "../../../test/support/databases.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { runPython, runShell, runTypeScript, shellParses } from "../../../test/support/run-snippet.ts";
import { secretsHarnessFixture, wsRef } from "../../../test/support/secrets-harness.ts";
import { directEndpoints, endpointParam, endpointRoutes } from "./endpoint-test-support.ts";
import { SCORE_ACTION } from "./endpoint-view.ts";

const WS = "ws-prod-eastus";
const sample = JSON.stringify(SAMPLE_SCORING_INPUT);
const HEADER = "azureml-model-deployment";

describe.each(DB_KINDS)("online endpoint snippets on %s", (kind) => {
  const h = secretsHarnessFixture(kind);
  type Who = Parameters<typeof endpointRoutes>[1];
  const get = (ws: string, name: string, query: { deployment?: string } = {}, who: Who = "lead") =>
    endpointRoutes(h, who).snippets.$get({ ...endpointParam(ws, name), query });
  const snippets = async (ws: string, name: string, query: { deployment?: string } = {}) => {
    const response = await get(ws, name, query);
    expect(response.status).toBe(200);
    return EndpointClientSnippetsSchema.parse(await response.json());
  };
  const all = (s: { snippets: Record<string, string> }) => Object.values(s.snippets);

  it("Key mode: the scoring URI, the deployment header, the key from the environment — never a key, even one just revealed", async () => {
    const direct = await directEndpoints(h);
    const reveal = await endpointRoutes(h, "support").keys[":keyType"].reveal.$post({
      param: { workspace: WS, name: "churn-online", keyType: "Primary" },
    });
    expect(reveal.status).toBe(200);
    const revealed = KeyRevealSchema.parse(await reveal.json()).value;
    const [body, keys, endpoint] = await Promise.all([
      snippets(WS, "churn-online", { deployment: "green" }),
      direct.keys(WS, "churn-online"),
      direct.get(WS, "churn-online"),
    ]);
    expect(body).toMatchObject({
      authMode: "Key",
      deployment: "green",
      scoringUri: endpoint.properties.scoringUri,
    });
    expect(body.deployments).toContain("green");
    const secrets = [revealed, keys.primaryKey, keys.secondaryKey].filter((v): v is string => !!v);
    expect(secrets).toHaveLength(3);
    for (const code of all(body)) {
      expect(code).toContain(HEADER);
      expect(code).toContain("green");
      for (const secret of secrets) expect(code).not.toContain(secret);
    }
    for (const code of [body.snippets.python, body.snippets.curl, body.snippets.typescript]) {
      expect(code).toContain(endpoint.properties.scoringUri);
      expect(code).toContain("ENDPOINT_KEY");
      expect(code).toContain(sample);
    }
    expect(body.snippets.cli).toContain("az ml online-endpoint invoke --name 'churn-online'");
    expect(body.snippets.cli).toContain("--deployment-name 'green'");
    expect(body.snippets.cli).toContain("az ml online-endpoint get-credentials");
    expect(body.snippets.curl).toContain("--query primaryKey");
    shellParses(body.snippets.curl);
    shellParses(body.snippets.cli);
  });

  it("the Key-mode Python, TypeScript and cURL snippets call the chosen deployment as written, with the key in ENDPOINT_KEY", async () => {
    const body = await snippets(WS, "churn-online", { deployment: "green" });
    const keys = await (await directEndpoints(h)).keys(WS, "churn-online");
    const env = { ENDPOINT_KEY: keys.secondaryKey ?? "" };
    const answers = await Promise.all([
      runPython(body.snippets.python, env),
      runTypeScript(body.snippets.typescript, env),
      runShell(body.snippets.curl, env),
    ]);
    // The emulator's model answers one prediction per row of the sample input.
    for (const answer of answers) expect(answer).toEqual(expect.any(Array));
    const unkeyed = runPython(body.snippets.python, {});
    await expect(unkeyed).rejects.toThrow(/ENDPOINT_KEY/);
  });

  it("AMLToken mode: a token from the endpoint's token call, renewed after its refresh-after time", async () => {
    const body = await snippets(WS, "credit-k8s");
    const tokenUrl = `${h.fx.emulator.url}${v2Paths.token(wsRef(WS), "credit-k8s")}`;
    expect(body).toMatchObject({ authMode: "AMLToken", deployment: null });
    for (const code of all(body)) {
      expect(code).not.toContain(`${HEADER}:`);
      expect(code).not.toContain("ENDPOINT_KEY");
    }
    expect(body.snippets.python).toContain('ml_client.online_endpoints.get_keys(name="credit-k8s")');
    expect(body.snippets.python).toContain("time.time() >= _token.refresh_after_time_utc");
    expect(body.snippets.typescript).toContain(`const tokenUrl = "${tokenUrl}"`);
    expect(body.snippets.typescript).toContain('from "@azure/identity"');
    expect(body.snippets.curl).toContain("--query accessToken");
    expect(body.snippets.cli).toContain("refreshAfterTimeUtc");
    shellParses(body.snippets.curl);
    shellParses(body.snippets.cli);
  });

  it("AADToken mode: an Entra token for https://ml.azure.com, the score permission named, no credentials call", async () => {
    const body = await snippets(WS, "fraud-online");
    expect(body.authMode).toBe("AADToken");
    for (const code of all(body)) {
      expect(code).toContain(SCORE_ACTION);
      expect(code).not.toContain("get-credentials");
    }
    expect(body.snippets.python).toContain('credential.get_token("https://ml.azure.com/.default")');
    expect(body.snippets.typescript).toContain('credential.getToken("https://ml.azure.com/.default")');
    expect(body.snippets.curl).toContain("az account get-access-token --resource https://ml.azure.com");
    shellParses(body.snippets.curl);
  });

  it("any signed-in user reads them; an unknown deployment or endpoint is 404", async () => {
    expect((await get(WS, "churn-online", {}, "norole")).status).toBe(200);
    await expectProblem(await get(WS, "churn-online", {}, null), 401, "unauthenticated");
    await expectProblem(await get(WS, "churn-online", { deployment: "purple" }), 404, "not_found");
    await expectProblem(await get(WS, "missing-online"), 404, "not_found");
    const response = await h.call(
      "GET",
      `/api/endpoints/${WS}/churn-online/snippets?deployment=a%20b`,
      "lead",
    );
    await expectProblem(response, 400, "validation_failed");
  });
});
