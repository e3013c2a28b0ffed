import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DB_KINDS } from "../support/databases.ts";
import { leaksIn, secretHint } from "../support/fuzz-checks.ts";
import { fuzzConfig, replayHint } from "../support/fuzz-config.ts";
import {
  type FuzzFixture,
  type FuzzHarness,
  startFuzzFixture,
  startFuzzHarness,
} from "../support/fuzz-harness.ts";
import { fuzzRoutes, statusFigure } from "../support/fuzz-run.ts";
import { operations } from "../support/openapi-operations.ts";

// Every route of the OpenAPI document, as every persona, nobody and a forged caller, with requests
// drawn from the route's schemas and from hostile values (NUL, lone surrogates, 10 KB strings,
// prototype keys, huge and non-finite numbers, wrong types and media types, malformed JSON, bodies
// over the limit or streamed, odd methods, encoded slashes and dots, repeated query parameters).
// Every answer: no 5xx, errors as problem+json, no stack trace; after the run, no secret in any
// answer (but a reveal) or log line, and the server still answers.

const config = fuzzConfig();
let fixture: FuzzFixture;
beforeAll(async () => {
  fixture = await startFuzzFixture();
});
afterAll(() => fixture?.close());

describe.each(DB_KINDS)("fuzzing every route and caller on %s", (kind) => {
  let h: FuzzHarness;
  beforeAll(async () => {
    h = await startFuzzHarness(kind, fixture);
  });
  afterAll(() => h?.close());

  it(
    "answers hostile requests without a 5xx, a bare error, a stack trace or a secret",
    async () => {
      const apis = await operations(h.app);
      expect(apis.length).toBeGreaterThan(30);
      const { stats, captured, failures, typedSecrets } = await fuzzRoutes(h, apis, config);
      console.log(
        `fuzz bff on ${kind}: ${stats.sent} requests, ${stats.fiveXx} 5xx ` +
          `(seed ${config.seed}, ${config.runs} per route; ${statusFigure(stats)})`,
      );

      const secrets = [...(await h.secrets()), ...typedSecrets];
      const leaks = [
        ...captured
          .filter((answer) => !answer.reveal)
          .flatMap((answer) =>
            leaksIn(answer.text, secrets).map((s) => `${answer.label} shows ${secretHint(s)}`),
          ),
        ...h.log.raw.flatMap((line) =>
          leaksIn(line, secrets).map((s) => `a log line shows ${secretHint(s)}`),
        ),
      ];
      // The sweep sees a secret where one is: a reveal shows exactly one.
      const [ws, name] = h.known.sample;
      const reveal = await h.app.request(`/api/deployments/${ws}/${name}/keys/Primary/reveal`, {
        method: "POST",
        headers: { authorization: h.auth.operator },
      });
      expect(reveal.status).toBe(200);
      expect(leaksIn(await reveal.text(), secrets)).toHaveLength(1);
      expect([...failures, ...new Set(leaks)], replayHint(config.seed, config.runs)).toEqual([]);
    },
    config.timeoutMs(80),
  );

  it("is healthy after the run: /healthz, /readyz and a signed-in request", async () => {
    expect((await h.app.request("/healthz")).status).toBe(200);
    expect((await h.app.request("/readyz")).status).toBe(200);
    const headers = { authorization: h.auth.operator };
    expect((await h.app.request("/api/me", { headers })).status).toBe(200);
    expect((await h.app.request("/api/deployments", { headers })).status).toBe(200);
  });
});
