import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTokenVerifier } from "../../src/auth/token-verifier.ts";
import { startBff } from "../../src/index.ts";
import { createLogger } from "../../src/logger.ts";
import { DB_KINDS, openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { answerProblems, leaksIn, secretHint } from "../support/fuzz-checks.ts";
import { fuzzConfig, replayHint } from "../support/fuzz-config.ts";
import { FUZZ_ENV } from "../support/fuzz-harness.ts";
import { type RawExchange, rawExchange } from "../support/fuzz-socket.ts";
import { rawRequestArb, type SocketCase, socketCases } from "../support/fuzz-socket-cases.ts";
import { bearer, memoryLog, testConfig } from "../support/test-app.ts";
import { createTestIssuer } from "../support/test-issuer.ts";

// The BFF's own HTTP server (startBff, on a free port) meets what only a socket can send. Every
// answer: no 5xx, an error as problem+json, no stack trace; after a 413 the connection is either
// closed (and said so) or still serves the next request; the server stays healthy.

const config = fuzzConfig();

describe.each(DB_KINDS)("requests only a socket can send, on %s", (kind) => {
  let db: TestDatabase;
  let server: Awaited<ReturnType<typeof startBff>>;
  let port: number;
  let tokens: { admin: string; operator: string };
  const log = memoryLog();
  const stats = { sent: 0, fiveXx: 0 };
  beforeAll(async () => {
    const [database, issuer] = await Promise.all([openTestDatabase(kind), createTestIssuer()]);
    db = database;
    const bff = testConfig({ ...FUZZ_ENV, KEYTURN_BFF_PORT: "0", KEYTURN_BFF_HOST: "127.0.0.1" });
    const verifier = createTokenVerifier({
      issuer: issuer.issuer,
      audience: issuer.audience,
      keys: issuer.keys,
    });
    const logger = createLogger({ level: bff.logLevel, destination: log.stream });
    server = await startBff(bff, { database: db.database, verifier, logger });
    port = Number(new URL(server.url).port);
    tokens = {
      admin: bearer(await issuer.tokenFor("admin")).Authorization,
      operator: bearer(await issuer.tokenFor("operator")).Authorization,
    };
  });
  afterAll(async () => {
    console.log(
      `fuzz bff socket on ${kind}: ${stats.sent} requests, ${stats.fiveXx} 5xx (seed ${config.seed})`,
    );
    await server?.close();
    await db?.close();
  });

  function problemsOf(exchange: RawExchange, method: string): string[] {
    stats.sent += 1;
    return exchange.responses.flatMap((r) => {
      if (r.status >= 500) stats.fiveXx += 1;
      return answerProblems({ status: r.status, header: (n) => r.headers.get(n), text: r.body, method });
    });
  }

  it.each(socketCases(102_400, "<admin>", "<operator>").map((c) => [c.label, c] as const))(
    "%s",
    async (_label, template: SocketCase) => {
      const parts = template.parts.map((p) =>
        p.replace("<admin>", tokens.admin).replace("<operator>", tokens.operator),
      );
      const exchange = await rawExchange(port, parts, {
        expect: (template.expect ?? 1) + (template.followUp ? 1 : 0),
        endWrite: template.endWrite ?? false,
      });
      const [first, second] = exchange.responses;
      if (!template.mayHangUp)
        expect(exchange.responses.length, "answers").toBeGreaterThanOrEqual(template.expect ?? 1);
      expect(problemsOf(exchange, parts[0]?.split(" ")[0] ?? "")).toEqual([]);
      if (template.followUp && first) {
        const closes = first.headers.get("connection")?.toLowerCase() === "close";
        if (!closes) expect(second?.status, "the pipelined request after the refusal").toBe(200);
        else expect(exchange.closed || second === undefined).toBe(true);
      }
    },
  );

  it(
    "answers hostile request heads with a problem (property, over the socket)",
    async () => {
      const runs = Math.max(10, Math.ceil(config.runs / 2));
      await fc.assert(
        fc.asyncProperty(rawRequestArb, async (raw) => {
          const exchange = await rawExchange(port, [raw], { timeoutMs: 2_000 });
          const method = raw.split(" ")[0] ?? "";
          expect(problemsOf(exchange, method), JSON.stringify(raw.slice(0, 300))).toEqual([]);
        }),
        { seed: config.seed, numRuns: runs },
      );
    },
    config.timeoutMs(10),
  );

  it("stays healthy: /healthz, /readyz and a signed-in request; no token in any log line", async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    expect(
      (await fetch(`${server.url}/api/me`, { headers: { authorization: tokens.operator } })).status,
    ).toBe(200);
    const secrets = Object.values(tokens).map((t) => t.slice(7));
    const leaks = log.raw.flatMap((line) => leaksIn(line, secrets).map(secretHint));
    expect(leaks, replayHint(config.seed, config.runs)).toEqual([]);
  });
});
