import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, auditSessionsSeen, keyMetadata, tokenLatencySamples } from "../../src/db/schema.ts";
import { tokenCacheKey } from "../../src/features/tokens/token-cache.ts";
import { DB_KINDS } from "../support/databases.ts";
import {
  deploymentPath,
  type SecretsHarness,
  startSecretsHarness,
  wsRef,
} from "../support/secrets-harness.ts";

// security.md, property 1: across every secret route, no key or token value (read from the emulator
// directly, or from the BFF's own token cache) appears in any response other than a reveal, in any
// header, in any log line (at trace level), or in the console's database.

const WS = "ws-prod-eastus";
const d = (name: string) => deploymentPath(WS, name);

describe.each(DB_KINDS)("secret canary on %s", (kind) => {
  let h: SecretsHarness;
  beforeAll(async () => {
    h = await startSecretsHarness(kind, { LOG_LEVEL: "trace" });
  });
  afterAll(() => h?.close());

  async function allKeys(): Promise<string[]> {
    const services = await h.workspace.listServices(wsRef(WS));
    const keys = await Promise.all(services.map((s) => h.keysOf(WS, s.name)));
    return keys.flatMap((k) => [k.primaryKey, k.secondaryKey]).filter((v): v is string => !!v);
  }

  it("no key or token value leaves the BFF except through a reveal", async () => {
    const before = await allKeys();
    const primary = before[0] as string;
    const churn = await h.keysOf(WS, "churn-predictor");
    const etag = { "If-Match": await h.keysEtag(WS, "churn-predictor") };

    // Every route, with successes, refusals and failures.
    type Call = readonly [
      string,
      string,
      Parameters<SecretsHarness["call"]>[2],
      unknown?,
      Record<string, string>?,
    ];
    const calls: Call[] = [
      ["GET", `${d("churn-predictor")}/keys`, "operator"],
      ["GET", `${d("pricing-aci")}/keys`, "lead"],
      ["POST", `${d("churn-predictor")}/keys/secondary/regenerate`, "support", undefined, etag],
      ["POST", `${d("churn-predictor")}/keys/primary/regenerate`, "lead", undefined, etag],
      // Stale now (the Secondary was regenerated): 412 with the current ETag; none at all: 428.
      ["POST", `${d("churn-predictor")}/keys/primary/regenerate`, "support", undefined, etag],
      ["POST", `${d("churn-predictor")}/keys/primary/regenerate`, "support"],
      ["POST", `${d("churn-predictor")}/keys/identify`, "support", { key: churn.primaryKey }],
      [
        "POST",
        `${d("churn-predictor")}/keys/identify`,
        "support",
        { key: churn.primaryKey, also: churn.primaryKey },
      ],
      ["POST", `${d("churn-predictor")}/keys/identify`, "support", { key: 42 }],
      ["POST", `${d("churn-predictor")}/keys/identify`, "lead", { key: churn.secondaryKey }],
      ["POST", `${d("fraud-scoring")}/token`, "operator"],
      ["POST", `${d("fraud-scoring")}/token`, "operator"],
      ["POST", `${d("credit-risk-dr")}/token`, "support"],
      ["POST", `${d("churn-predictor")}/token`, "operator"],
      ["GET", "/api/regions/latency", "lead"],
      ...(["primary", "secondary", "none"] as const).map(
        (credential): Call => ["POST", `${d("churn-predictor")}/test-call`, "operator", { credential }],
      ),
      ["POST", `${d("fraud-scoring")}/test-call`, "operator", { credential: "token" }],
      ["POST", `${d("fraud-scoring")}/test-call`, "operator", { credential: "primary" }],
      ["POST", `${d("churn-predictor")}/test-call`, "operator", { credential: primary }],
      [
        "POST",
        `${d("churn-predictor")}/test-call`,
        "operator",
        { credential: "primary", body: { data: primary } },
      ],
      ["POST", `${d("churn-predictor")}/verify-enforcement`, "lead"],
      ["POST", `${d("fraud-scoring")}/verify-enforcement`, "operator"],
      ["POST", `${d("demo-open-aci")}/verify-enforcement`, "admin"],
      ["GET", `${d("churn-predictor")}/snippets`, "operator"],
      ["GET", `${d("fraud-scoring")}/snippets`, "operator"],
      ["POST", `${d("churn-predictor")}/keys/Primary/reveal`, "lead"],
    ];
    for (const [method, path, who, body, headers] of calls)
      await h.call(method, path, who, body, h.app, headers);
    const statuses = h.captured.map((c) => c.status);
    expect(statuses).toContain(200);
    expect(statuses).toContain(400);
    expect(statuses).toContain(403);
    expect(statuses).toContain(412);
    expect(statuses).toContain(428);

    // The reveals (fresh sign-in), to prove the canary sees a secret when one is sent.
    const fresh = { token: await h.signIn("operator") };
    await h.call("POST", `${d("churn-predictor")}/keys/Primary/reveal`, fresh);
    await h.call("POST", `${d("fraud-scoring")}/token/reveal`, fresh);

    const tokens = ["fraud-scoring", "credit-risk-dr"].map(
      (name) => h.deps.secrets.tokens.peek(tokenCacheKey(WS, name))?.token.accessToken as string,
    );
    const secrets = [...new Set([...before, ...(await allKeys()), ...tokens])];
    expect(secrets.length).toBeGreaterThan(10);
    expect(tokens.every((t) => typeof t === "string" && t.length > 20)).toBe(true);

    const leaks = (text: string) => secrets.filter((secret) => text.includes(secret));
    const reveals = h.captured.filter((c) => c.label.endsWith("/reveal") && c.status === 200);
    expect(reveals).toHaveLength(2);
    for (const reveal of reveals) expect(leaks(reveal.body)).toHaveLength(1);
    for (const answer of h.captured.filter((c) => !reveals.includes(c))) {
      expect(leaks(answer.body + JSON.stringify(answer.headers)), answer.label).toEqual([]);
    }
    expect(h.log.raw.length).toBeGreaterThan(calls.length);
    for (const line of h.log.raw) expect(leaks(line), line).toEqual([]);
    const { db } = h.db.database;
    const stored = JSON.stringify([
      await db.select().from(auditEvents),
      await db.select().from(auditSessionsSeen),
      await db.select().from(keyMetadata),
      await db.select().from(tokenLatencySamples),
    ]);
    expect(leaks(stored)).toEqual([]);
  });
});
