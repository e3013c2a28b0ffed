import { SAMPLE_SCORING_INPUT } from "@keyturn/azureml-rest";
import { describe, expect } from "vitest";
import { expectError, score } from "./support/clients.ts";
import { it } from "./support/fixtures.ts";

const authEnabled = (value: boolean) => [{ op: "replace", path: "/authEnabled", value }];

describe("auth off", () => {
  it("scores without a credential", async ({ scoring }) => {
    expect(await scoring("demo-open-aci").accepts(undefined)).toHaveLength(2);
  });
});

describe("key auth", () => {
  it("refuses no credential, and a wrong key", async ({ scoring }) => {
    const churn = scoring("churn-predictor");
    const none = await churn.refuses(undefined, 401, "missing_credential");
    expect(none.message).toMatch(/Bearer/);
    const res = await churn.score("not-a-key");
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer /);
    await expectError(res, 401, "key_auth_access_denied");
  });

  it("accepts the primary and the secondary key", async ({ cp, scoring }) => {
    const { primaryKey, secondaryKey } = await cp.keys("churn-predictor");
    await scoring("churn-predictor").accepts(primaryKey);
    await scoring("churn-predictor").accepts(secondaryKey);
  });

  it("refuses a key of another length (a prefix, a longer value, past 256 characters)", async ({
    cp,
    scoring,
  }) => {
    const key = (await cp.keys("churn-predictor")).primaryKey;
    for (const wrong of [key.slice(0, -1), `${key}x`, `${key} x`, key.repeat(7)]) {
      await scoring("churn-predictor").refuses(wrong, 401, "key_auth_access_denied");
    }
  });

  it("accepts supplied keys of other lengths beside a generated one", async ({ cp, scoring }) => {
    const pricing = scoring("pricing-aci");
    const supplied = "supplied-key-016";
    const longest = Array.from({ length: 256 }, (_, i) => "Longest-key-0123456789"[i % 22]).join("");
    expect((await cp.regenerate("pricing-aci", { keyType: "Primary", keyValue: supplied })).status).toBe(202);
    const keys = await cp.keys("pricing-aci");
    expect(keys.primaryKey).toBe(supplied);
    await pricing.accepts(supplied);
    await pricing.accepts(keys.secondaryKey);
    expect((await cp.regenerate("pricing-aci", { keyType: "Primary", keyValue: longest })).status).toBe(202);
    await pricing.accepts(longest);
    await pricing.refuses(supplied, 401, "key_auth_access_denied");
  });

  it("refuses a regenerated-away key at once; the other key and the new key work", async ({
    cp,
    scoring,
  }) => {
    const pricing = scoring("pricing-aci");
    const before = await cp.keys("pricing-aci");
    expect((await cp.regenerate("pricing-aci", { keyType: "Primary" })).status).toBe(202);
    const after = await cp.keys("pricing-aci");
    await pricing.refuses(before.primaryKey, 401, "key_auth_access_denied");
    await pricing.accepts(before.secondaryKey);
    await pricing.accepts(after.primaryKey);
  });

  it("refuses another service's key and a token", async ({ cp, scoring }) => {
    const churn = scoring("churn-predictor");
    await churn.refuses((await cp.keys("pricing-aci")).primaryKey, 401, "key_auth_access_denied");
    await churn.refuses(await cp.accessToken("fraud-scoring"), 401, "key_auth_access_denied");
  });
});

describe("scoring errors", () => {
  it.for(
    Object.entries({
      "not JSON": "{oops",
      "no rows": { data: [] },
      "no data field": { rows: [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]] },
      "a string feature": { data: [["1", 0, 0, 0, 0, 0, 0, 0, 0, 0]] },
    }),
  )("answers 400 for wrong input: %s", async ([, input], { scoring }) => {
    await scoring("demo-open-aci").refuses(undefined, 400, "validation_failed", input);
  });

  it("answers 400 with a clear message for too few features", async ({ scoring }) => {
    const short = await scoring("demo-open-aci").refuses(undefined, 400, "validation_failed", {
      data: [[1, 2, 3]],
    });
    expect(short.message).toContain("10 features");
  });

  it("answers 503 for a service that is not healthy, and 404 for no service", async ({ emu, scoring }) => {
    await scoring("legacy-ranker").refuses(undefined, 503, "service_unavailable");
    await expectError(
      await score(
        `${emu.url}/aks/aks-prod-eastus/api/v1/service/nope/score`,
        undefined,
        SAMPLE_SCORING_INPUT,
      ),
      404,
      "not_found",
    );
  });

  it("follows auth changes at once", async ({ cp, scoring }) => {
    const pricing = scoring("pricing-aci");
    const keys = await cp.keys("pricing-aci");
    expect((await cp.patch("pricing-aci", authEnabled(false))).status).toBe(200);
    await pricing.accepts(undefined);
    expect((await cp.patch("pricing-aci", authEnabled(true))).status).toBe(200);
    await pricing.refuses(undefined, 401, "missing_credential");
    await pricing.accepts(keys.secondaryKey);
  });
});
