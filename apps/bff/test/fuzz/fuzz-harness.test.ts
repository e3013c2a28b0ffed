import { PROBLEM_CONTENT_TYPE } from "@keyturn/auth-domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite, type TestDatabase } from "../support/databases.ts";
import { answerProblems, type SeenResponse } from "../support/fuzz-checks.ts";
import { fuzzRoutes } from "../support/fuzz-run.ts";
import { percentEncode } from "../support/fuzz-values.ts";
import { operations } from "../support/openapi-operations.ts";
import { bearer, createTestApp } from "../support/test-app.ts";
import {
  createTestIssuer,
  PERSONA_NAMES,
  type PersonaName,
  type TestIssuer,
} from "../support/test-issuer.ts";
import { createExampleRouter, createFaultRouter } from "../support/test-routes.ts";

// The fuzz harness sees what it is there to see: a 5xx, a bare error, a stack trace; and it reports
// the failing route with fast-check's seed and path so the run replays.

const problem = (status: number, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ type: "urn:keyturn:problem:x", title: "t", status, code: "validation_failed", ...extra });
const seen = (status: number, text: string, type: string | null = PROBLEM_CONTENT_TYPE): SeenResponse => ({
  status,
  header: (name) => (name === "content-type" ? type : null),
  text,
  method: "GET",
});

describe("the checks of every answer", () => {
  it("accept a problem and a success, refuse a 5xx, a bare error, a wrong problem and a stack", () => {
    expect(answerProblems(seen(400, problem(400)))).toEqual([]);
    expect(answerProblems(seen(200, '{"ok":true}', "application/json"))).toEqual([]);
    expect(answerProblems(seen(503, problem(503)))).toEqual(["answered 503"]);
    expect(answerProblems(seen(400, "", null))).toEqual([
      "error with Content-Type null",
      'error body is not JSON: ""',
    ]);
    expect(answerProblems(seen(404, problem(400))).join()).toContain("problem status 400");
    expect(answerProblems(seen(400, problem(400, { stack: "x" }))).join()).toContain("not a problem");
    const stack = "Error: boom\n    at handler (/srv/app/src/routes/keys.ts:12:7)";
    expect(answerProblems(seen(200, stack, "text/plain")).join()).toContain("stack trace");
  });

  it("percent-encode a lone surrogate as the bytes a careless client sends", () => {
    expect(percentEncode("a\ud800/")).toBe("a%ED%A0%80%2F");
  });
});

describe("a run over routes", () => {
  let db: TestDatabase;
  let issuer: TestIssuer;
  beforeAll(async () => {
    [db, issuer] = await Promise.all([openPglite(), createTestIssuer()]);
  });
  afterAll(() => db?.close());

  it("finds a route that answers 500 and names it with the seed and path to replay", async () => {
    const { app, deps } = createTestApp({ db, issuer, env: { KEYTURN_RATE_LIMIT_BURST: "10000" } });
    const faulty = app.route("/api", createExampleRouter()).route("/api", createFaultRouter());
    const boom = (await operations(faulty)).filter((o) => o.path === "/api/test/boom");
    expect(boom).toHaveLength(1);
    const auth = Object.fromEntries(
      await Promise.all(PERSONA_NAMES.map(async (n) => [n, bearer(await issuer.tokenFor(n)).Authorization])),
    ) as Record<PersonaName, string>;
    const target = {
      app: faulty,
      auth,
      forged: { "not a JWT": "Bearer not-a-jwt" },
      hints: (resolve: (s: Record<string, unknown> | undefined) => Record<string, unknown> | undefined) => ({
        resolve,
        known: () => [],
      }),
      limitBytes: deps.config.bodyLimitBytes,
    };
    const { stats, failures } = await fuzzRoutes(target, boom, { runs: 7, seed: 7 });
    expect(stats.fiveXx).toBeGreaterThan(0);
    expect(failures.length).toBeGreaterThan(0);
    expect(failures[0]).toContain("GET /api/test/boom as operator");
    expect(failures[0]).toContain("answered 500");
    expect(failures[0]).toMatch(/fast-check: \{ seed: 7, path: "[\d:]+" \}/);
  });
});
