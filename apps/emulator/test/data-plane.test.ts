import {
  SAMPLE_SCORING_INPUT,
  ScoringOutputSchema,
  ServiceKeysSchema,
  ServiceSchema,
  TokenResponseSchema,
} from "@keyturn/azureml-rest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ControlPlane,
  controlPlane,
  expectBody,
  expectError,
  principalTokens,
  score,
  startTestEmulator,
  startTestIdp,
  type TestEmulator,
  type TestIdp,
} from "./support.ts";

let idp: TestIdp;
let emu: TestEmulator;
let cp: ControlPlane;
const uri: Record<string, string> = {};

beforeAll(async () => {
  idp = await startTestIdp();
  emu = await startTestEmulator(idp);
  cp = controlPlane(emu.url, (await principalTokens(idp)).contributor);
  for (const name of [
    "churn-predictor",
    "fraud-scoring",
    "credit-risk-dr",
    "demo-open-aci",
    "pricing-aci",
    "legacy-ranker",
  ]) {
    uri[name] = (await expectBody(await cp.get(name), 200, ServiceSchema)).scoringUri ?? "";
  }
});
afterAll(async () => {
  await emu?.dispose();
  await idp?.dispose();
});

const keysOf = async (name: string) => expectBody(await cp.listKeys(name), 200, ServiceKeysSchema);
const tokenOf = async (name: string, plane = cp) =>
  (await expectBody(await plane.token(name), 200, TokenResponseSchema)).accessToken;
const ok = async (res: Response) => expectBody(res, 200, ScoringOutputSchema);

describe("auth off", () => {
  it("scores without a credential", async () => {
    expect(await ok(await score(uri["demo-open-aci"] ?? "", undefined, SAMPLE_SCORING_INPUT))).toHaveLength(
      2,
    );
  });
});

describe("key auth", () => {
  it("refuses no credential, and a wrong key", async () => {
    const none = await expectError(
      await score(uri["churn-predictor"] ?? "", undefined, SAMPLE_SCORING_INPUT),
      401,
      "missing_credential",
    );
    expect(none.error.message).toMatch(/Bearer/);
    const res = await score(uri["churn-predictor"] ?? "", "not-a-key", SAMPLE_SCORING_INPUT);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer /);
    await expectError(res, 401, "key_auth_access_denied");
  });

  it("accepts the primary and the secondary key", async () => {
    const keys = await keysOf("churn-predictor");
    await ok(await score(uri["churn-predictor"] ?? "", keys.primaryKey ?? "", SAMPLE_SCORING_INPUT));
    await ok(await score(uri["churn-predictor"] ?? "", keys.secondaryKey ?? "", SAMPLE_SCORING_INPUT));
  });

  it("refuses a key of another length (a prefix, a longer value, past 256 characters)", async () => {
    const { primaryKey } = await keysOf("churn-predictor");
    const key = primaryKey ?? "";
    for (const wrong of [key.slice(0, -1), `${key}x`, `${key} x`, key.repeat(7)]) {
      await expectError(
        await score(uri["churn-predictor"] ?? "", wrong, SAMPLE_SCORING_INPUT),
        401,
        "key_auth_access_denied",
      );
    }
  });

  it("accepts supplied keys of other lengths beside a generated one", async () => {
    const supplied = "supplied-key-016";
    const longest = Array.from({ length: 256 }, (_, i) => "Longest-key-0123456789"[i % 22]).join("");
    expect((await cp.regenerate("pricing-aci", { keyType: "Primary", keyValue: supplied })).status).toBe(202);
    const keys = await keysOf("pricing-aci");
    expect(keys.primaryKey).toBe(supplied);
    await ok(await score(uri["pricing-aci"] ?? "", supplied, SAMPLE_SCORING_INPUT));
    await ok(await score(uri["pricing-aci"] ?? "", keys.secondaryKey ?? "", SAMPLE_SCORING_INPUT));
    expect((await cp.regenerate("pricing-aci", { keyType: "Primary", keyValue: longest })).status).toBe(202);
    await ok(await score(uri["pricing-aci"] ?? "", longest, SAMPLE_SCORING_INPUT));
    await expectError(
      await score(uri["pricing-aci"] ?? "", supplied, SAMPLE_SCORING_INPUT),
      401,
      "key_auth_access_denied",
    );
  });

  it("refuses a regenerated-away key at once; the other key and the new key work", async () => {
    const before = await keysOf("pricing-aci");
    expect((await cp.regenerate("pricing-aci", { keyType: "Primary" })).status).toBe(202);
    const after = await keysOf("pricing-aci");
    await expectError(
      await score(uri["pricing-aci"] ?? "", before.primaryKey ?? "", SAMPLE_SCORING_INPUT),
      401,
      "key_auth_access_denied",
    );
    await ok(await score(uri["pricing-aci"] ?? "", before.secondaryKey ?? "", SAMPLE_SCORING_INPUT));
    await ok(await score(uri["pricing-aci"] ?? "", after.primaryKey ?? "", SAMPLE_SCORING_INPUT));
  });

  it("refuses another service's key and a token", async () => {
    const other = await keysOf("pricing-aci");
    await expectError(
      await score(uri["churn-predictor"] ?? "", other.primaryKey ?? "", SAMPLE_SCORING_INPUT),
      401,
      "key_auth_access_denied",
    );
    await expectError(
      await score(uri["churn-predictor"] ?? "", await tokenOf("fraud-scoring"), SAMPLE_SCORING_INPUT),
      401,
      "key_auth_access_denied",
    );
  });
});

describe("scoring errors", () => {
  it("answers 400 with a clear message for wrong input", async () => {
    const open = uri["demo-open-aci"] ?? "";
    const short = await expectError(
      await score(open, undefined, { data: [[1, 2, 3]] }),
      400,
      "validation_failed",
    );
    expect(short.error.message).toContain("10 features");
    await expectError(await score(open, undefined, "{oops"), 400, "validation_failed");
    await expectError(await score(open, undefined, { data: [] }), 400, "validation_failed");
    await expectError(
      await score(open, undefined, { rows: [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]] }),
      400,
      "validation_failed",
    );
    await expectError(
      await score(open, undefined, { data: [["1", 0, 0, 0, 0, 0, 0, 0, 0, 0]] }),
      400,
      "validation_failed",
    );
  });

  it("answers 503 for a service that is not healthy, and 404 for no service", async () => {
    await expectError(
      await score(uri["legacy-ranker"] ?? "", undefined, SAMPLE_SCORING_INPUT),
      503,
      "service_unavailable",
    );
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

  it("follows auth changes at once", async () => {
    const keys = await keysOf("pricing-aci");
    expect(
      (await cp.patch("pricing-aci", [{ op: "replace", path: "/authEnabled", value: false }])).status,
    ).toBe(200);
    await ok(await score(uri["pricing-aci"] ?? "", undefined, SAMPLE_SCORING_INPUT));
    expect(
      (await cp.patch("pricing-aci", [{ op: "replace", path: "/authEnabled", value: true }])).status,
    ).toBe(200);
    await expectError(
      await score(uri["pricing-aci"] ?? "", undefined, SAMPLE_SCORING_INPUT),
      401,
      "missing_credential",
    );
    await ok(await score(uri["pricing-aci"] ?? "", keys.secondaryKey ?? "", SAMPLE_SCORING_INPUT));
  });
});
