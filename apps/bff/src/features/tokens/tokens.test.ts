import { RegionLatenciesSchema, TokenMetadataSchema } from "@keyturn/api-contract";
import { decodeJwt } from "jose";
import { describe, expect, it } from "vitest";
import { DB_KINDS } from "../../../test/support/databases.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { recordsWhere } from "../../../test/support/recorded.ts";
import {
  type Caller,
  deploymentParam,
  fingerprintOf,
  secretsHarnessFixture,
} from "../../../test/support/secrets-harness.ts";
import { tokenLatencySamples } from "../../db/schema.ts";
import { tokenCacheKey } from "./token-cache.ts";

const WS = "ws-prod-eastus";

describe.each(DB_KINDS)("tokens on %s", (kind) => {
  const h = secretsHarnessFixture(kind);

  const getToken = (name: string, who: Caller, ws = WS) =>
    h.deployment(who).token.$post(deploymentParam(ws, name));
  const cachedToken = (ws: string, name: string) => h.deps.secrets.tokens.peek(tokenCacheKey(ws, name));

  it("gets a token's metadata and claims (never the token), then serves it from the cache", async () => {
    const first = await getToken("fraud-scoring", "support");
    expect(first.status).toBe(200);
    const text = await first.text();
    const body = TokenMetadataSchema.parse(JSON.parse(text));
    const held = cachedToken(WS, "fraud-scoring");
    expect(held).toBeDefined();
    const token = held?.token.accessToken ?? "";
    expect(text).not.toContain(token);
    expect(body).toMatchObject({
      workspace: WS,
      deployment: "fraud-scoring",
      tokenType: "Bearer",
      state: "fresh",
      cached: false,
      region: "eastus",
      fingerprint: fingerprintOf(token),
      refreshAfter: held?.token.refreshAfter,
      expiryOn: held?.token.expiryOn,
      claims: decodeJwt(token),
    });
    expect(body.claims).toMatchObject({
      aud: expect.any(String),
      iss: expect.any(String),
      exp: body.expiryOn,
    });
    expect(body.secondsUntilRefresh).toBeGreaterThan(0);
    expect(body.latencyMs).toBeGreaterThan(0);

    const second = TokenMetadataSchema.parse(await (await getToken("fraud-scoring", "operator")).json());
    expect(second).toMatchObject({ cached: true, fingerprint: body.fingerprint, latencyMs: body.latencyMs });

    const samples = await h.db.database.db.select().from(tokenLatencySamples);
    expect(samples).toEqual([
      expect.objectContaining({ workspace: WS, region: "eastus", ms: body.latencyMs }),
    ]);
    const records = await recordsWhere(h.db.database, { action: "token.get", outcome: "success" });
    expect(records.map((r) => r.details)).toEqual([
      {
        fingerprint: body.fingerprint,
        cached: false,
        latencyMs: body.latencyMs,
        intentSeq: expect.any(Number),
      },
      {
        fingerprint: body.fingerprint,
        cached: true,
        latencyMs: body.latencyMs,
        intentSeq: expect.any(Number),
      },
    ]);
    expect(JSON.stringify(records)).not.toContain(token);
  });

  it("answers 400 token_auth_not_enabled for a key-auth deployment, 403 without the permission, 404 unknown", async () => {
    await expectProblem(await getToken("churn-predictor", "operator"), 400, "token_auth_not_enabled");
    await expectProblem(await getToken("fraud-scoring", "lead"), 403, "forbidden");
    await expectProblem(await getToken("nothing-here", "operator"), 404, "not_found");
  });

  it("explains a down workspace region in the seed's terms (503 workspace_region_down)", async () => {
    await h.fx.admin.regionDown("japaneast");
    try {
      const problem = await expectProblem(
        await getToken("speech-intent", "operator", "ws-research-japaneast"),
        503,
        "workspace_region_down",
      );
      expect(problem.detail).toContain("Japan East");
      expect(problem.detail).toContain("fetched through the workspace's region");
      expect(problem.detail).toContain("key authentication keep working");
    } finally {
      await h.fx.admin.regionUp("japaneast");
    }
    const after = await getToken("speech-intent", "operator", "ws-research-japaneast");
    expect(TokenMetadataSchema.parse(await after.json())).toMatchObject({
      region: "japaneast",
      cached: false,
    });
  });

  it("reports p50 / p95 per workspace region over recent samples", async () => {
    const now = Date.now();
    await h.db.database.db.insert(tokenLatencySamples).values([
      ...Array.from({ length: 101 }, (_, i) => ({
        workspace: "ws-x",
        region: "westeurope",
        ms: i + 1,
        at: new Date(now - i * 1000),
      })),
      { workspace: "ws-x", region: "westeurope", ms: 99_999, at: new Date(now - 3 * 86_400_000) },
    ]);
    await expectProblem(await h.client(null).api.regions.latency.$get(), 401, "unauthenticated");
    const response = await h.client("lead").api.regions.latency.$get();
    expect(response.status).toBe(200);
    const body = RegionLatenciesSchema.parse(await response.json());
    const byRegion = Object.fromEntries(body.regions.map((r) => [r.region, r]));
    expect(byRegion.westeurope).toMatchObject({ name: "West Europe", samples: 101, p50Ms: 51, p95Ms: 96 });
    expect(byRegion.eastus).toMatchObject({ name: "East US", samples: 1 });
    expect(byRegion.japaneast).toMatchObject({ samples: 1 });
  });
});
