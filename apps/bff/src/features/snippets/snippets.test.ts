import { ClientSnippetsSchema, SAMPLE_SCORING_INPUT } from "@keyturn/api-contract";
import { v1Paths } from "@keyturn/azureml-rest";
import { getServicePrincipalToken, SERVICE_PRINCIPALS } from "@keyturn/dev-idp";
import { describe, expect, it } from "vitest";
import { DB_KINDS } from "../../../test/support/databases.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { runTypeScript, shellParses } from "../../../test/support/run-snippet.ts";
import {
  type Caller,
  deploymentParam,
  secretsHarnessFixture,
  wsRef,
} from "../../../test/support/secrets-harness.ts";

const WS = "ws-prod-eastus";
const sample = JSON.stringify(SAMPLE_SCORING_INPUT);

describe.each(DB_KINDS)("client snippets on %s", (kind) => {
  const h = secretsHarnessFixture(kind);

  const getSnippets = (name: string, who: Caller = "lead") =>
    h.deployment(who).snippets.$get(deploymentParam(WS, name));
  const snippets = async (name: string) => {
    const response = await getSnippets(name);
    expect(response.status).toBe(200);
    return ClientSnippetsSchema.parse(await response.json());
  };
  const all = (s: { snippets: Record<string, string> }) => Object.values(s.snippets);

  it("key mode: the real scoring URI, the sample input, a key placeholder — never a key", async () => {
    const [body, keys, service] = await Promise.all([
      snippets("churn-predictor"),
      h.keysOf(WS, "churn-predictor"),
      h.serviceOf(WS, "churn-predictor"),
    ]);
    expect(body).toMatchObject({ mode: "key", scoringUri: service.scoringUri, tokenUrl: null });
    for (const code of all(body)) {
      expect(code).toContain(service.scoringUri);
      expect(code).toContain("<your-primary-key>");
      expect(code).toContain(sample);
      expect(code).toContain("Bearer");
      expect(code).not.toContain(keys.primaryKey);
      expect(code).not.toContain(keys.secondaryKey);
    }
    expect(body.snippets.python).toContain("import requests");
    expect(body.snippets.typescript).toContain("await fetch(scoringUri");
    shellParses(body.snippets.curl);
  });

  it("token mode: fetches a token through the workspace's token call and refreshes after refreshAfter", async () => {
    const body = await snippets("fraud-scoring");
    const tokenUrl = `${h.fx.emulator.url}${v1Paths.token(wsRef(WS), "fraud-scoring")}`;
    expect(body).toMatchObject({ mode: "token", tokenUrl });
    for (const code of all(body)) {
      expect(code).toContain(tokenUrl);
      expect(code).toContain("refreshAfter");
      expect(code).toContain("<your-azure-management-token>");
      expect(code).not.toContain("<your-primary-key>");
    }
    expect(body.snippets.python).toContain('time.time() >= _token["refreshAfter"]');
    expect(body.snippets.typescript).toContain("Date.now() / 1000 >= cached.refreshAfter");
    shellParses(body.snippets.curl);
  });

  it("auth off: no credential, and a warning", async () => {
    const body = await snippets("demo-open-aci");
    expect(body.mode).toBe("none");
    for (const code of all(body)) {
      expect(code).toContain("Authentication is OFF");
      expect(code).not.toContain("Authorization");
    }
    shellParses(body.snippets.curl);
  });

  it("the TypeScript snippets work as written, once the placeholders are filled in", async () => {
    const keyed = await snippets("churn-predictor");
    const keys = await h.keysOf(WS, "churn-predictor");
    const filled = keyed.snippets.typescript.replace("<your-primary-key>", keys.primaryKey ?? "");
    expect(await runTypeScript(filled)).toEqual([expect.any(Number), expect.any(Number)]);

    const token = await snippets("fraud-scoring");
    const { reader } = SERVICE_PRINCIPALS;
    const management = await getServicePrincipalToken(
      h.fx.idp.issuer,
      reader.clientId,
      reader.defaultSecret,
      h.fx.idp.caCertPem,
    );
    const withToken = token.snippets.typescript.replace("<your-azure-management-token>", management);
    expect(await runTypeScript(withToken)).toEqual([expect.any(Number), expect.any(Number)]);
  });

  it("needs a signed-in user (no role may read); unknown deployments are 404", async () => {
    await expectProblem(await getSnippets("churn-predictor", null), 401, "unauthenticated");
    expect((await getSnippets("churn-predictor", "norole")).status).toBe(200);
    await expectProblem(await getSnippets("missing", "operator"), 404, "not_found");
  });
});
