import { KeyRevealSchema, TokenRevealSchema } from "@keyturn/api-contract";
import { SAMPLE_SCORING_INPUT } from "@keyturn/azureml-rest";
import { asc, inArray } from "drizzle-orm";
import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fingerprint } from "../../src/crypto/fingerprint.ts";
import { auditEvents } from "../../src/db/schema.ts";
import { DB_KINDS, type DbKind } from "../support/databases.ts";
import { expectProblem } from "../support/problem.ts";
import {
  deploymentPath,
  type SecretsHarness,
  score,
  startSecretsHarness,
} from "../support/secrets-harness.ts";
import { TEST_PEPPER } from "../support/test-app.ts";

// Reveals (security.md, property 4): step-up against the real dev-idp. The step-up age is lowered to
// 30 s so that a real session can grow too old during the run: it is signed in first, in beforeAll,
// and the step-up test runs last (and waits only for what remains of the 30 s).

const MAX_AGE = 30;
const WS = "ws-prod-eastus";
const KEYED = deploymentPath(WS, "churn-predictor");
const TOKEN = deploymentPath(WS, "fraud-scoring");

const runs = new Map<DbKind, { h: SecretsHarness; jar: Map<string, string>; old: string }>();
beforeAll(async () => {
  await Promise.all(
    DB_KINDS.map(async (kind) => {
      const h = await startSecretsHarness(kind, { KEYTURN_STEP_UP_MAX_AGE_SECONDS: String(MAX_AGE) });
      const jar = new Map<string, string>();
      runs.set(kind, { h, jar, old: await h.signIn("support", { cookies: jar }) });
    }),
  );
});
afterAll(async () => {
  await Promise.all([...runs.values()].map(({ h }) => h.close()));
});

describe.each(DB_KINDS)("reveal on %s", (kind) => {
  const run = () => runs.get(kind) as { h: SecretsHarness; jar: Map<string, string>; old: string };
  const audit = () =>
    run()
      .h.db.database.db.select()
      .from(auditEvents)
      .where(inArray(auditEvents.action, ["key.reveal", "token.reveal"]))
      .orderBy(asc(auditEvents.seq));

  it("reveals a key after a fresh sign-in: no-store, audited with its fingerprint only", async () => {
    const { h } = run();
    const fresh = await h.signIn("operator");
    const response = await h.call("POST", `${KEYED}/keys/secondary/reveal`, { token: fresh });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = KeyRevealSchema.parse(await response.json());
    const keys = await h.keysOf(WS, "churn-predictor");
    expect(body).toEqual({
      keyType: "Secondary",
      value: keys.secondaryKey,
      fingerprint: fingerprint(TEST_PEPPER, keys.secondaryKey ?? ""),
    });
    const records = await audit();
    expect(records.map((r) => [r.action, r.outcome, r.targetKeyType])).toEqual([
      ["key.reveal", "intent", "Secondary"],
      ["key.reveal", "success", "Secondary"],
    ]);
    expect(records[1]?.details).toEqual({ fingerprint: body.fingerprint, intentSeq: records[0]?.seq });
    expect(JSON.stringify(records)).not.toContain(keys.secondaryKey);
  });

  it("reveals the token of a token-auth deployment; it works at the scoring URI", async () => {
    const { h } = run();
    const fresh = await h.signIn("operator");
    const response = await h.call("POST", `${TOKEN}/token/reveal`, { token: fresh });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = TokenRevealSchema.parse(await response.json());
    expect(body.fingerprint).toBe(fingerprint(TEST_PEPPER, body.accessToken));
    const { scoringUri } = await h.serviceOf(WS, "fraud-scoring");
    expect((await score(scoringUri ?? "", body.accessToken, SAMPLE_SCORING_INPUT)).status).toBe(200);
    const records = (await audit()).filter((r) => r.action === "token.reveal");
    expect(records.map((r) => r.outcome)).toEqual(["intent", "success"]);
    expect(JSON.stringify(records)).not.toContain(body.accessToken);
  });

  it("is denied (403, audited) to a role without secret:reveal, and checks the key type", async () => {
    const { h } = run();
    await expectProblem(await h.call("POST", `${KEYED}/keys/primary/reveal`, "lead"), 403, "forbidden");
    expect((await audit()).at(-1)).toMatchObject({
      action: "key.reveal",
      outcome: "denied",
      targetKeyType: "Primary",
    });
    await expectProblem(await h.call("POST", `${TOKEN}/token/reveal`, "lead"), 403, "forbidden");
    await expectProblem(
      await h.call("POST", `${KEYED}/keys/both/reveal`, "operator"),
      400,
      "invalid_key_type",
    );
    await expectProblem(
      await h.call("POST", `${KEYED}/token/reveal`, "operator"),
      400,
      "token_auth_not_enabled",
    );
  });

  it("needs a recent sign-in: an old session gets 401 insufficient_user_authentication with max_age; a step-up passes", async () => {
    const { h, jar, old } = run();
    const authTime = decodeJwt(old).auth_time as number;
    const wait = (authTime + MAX_AGE + 1) * 1000 - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const before = (await audit()).length;

    for (const path of [`${KEYED}/keys/Primary/reveal`, `${TOKEN}/token/reveal`]) {
      const refused = await h.call("POST", path, { token: old });
      await expectProblem(refused, 401, "insufficient_user_authentication");
      const challenge = refused.headers.get("www-authenticate") ?? "";
      expect(challenge).toContain('error="insufficient_user_authentication"');
      expect(challenge).toContain(`max_age=${MAX_AGE}`);
    }
    expect(await audit()).toHaveLength(before); // nothing revealed, nothing to record

    // The same dev-idp session, asked to sign in again (max_age=0): a new auth_time.
    const stepped = await h.signIn("support", { cookies: jar, maxAge: 0 });
    expect(decodeJwt(stepped).auth_time as number).toBeGreaterThan(authTime);
    const response = await h.call("POST", `${KEYED}/keys/Primary/reveal`, { token: stepped });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect((await audit()).at(-1)).toMatchObject({
      action: "key.reveal",
      outcome: "success",
      actorUsername: "support@keyturn.test",
    });
  });
});
