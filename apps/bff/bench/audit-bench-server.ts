import { serve } from "@hono/node-server";
import pg from "pg";
import { fromPool } from "../src/db/client.ts";
import { TEST_CHECKPOINT_KEY } from "../test/support/audit-fixtures.ts";
import { createTestApp } from "../test/support/test-app.ts";
import { createTestIssuer } from "../test/support/test-issuer.ts";

// One BFF process for the audit benchmark: the real app on a PostgreSQL pool, tokens from an
// in-process issuer (no network). Prints {"url", "tokens"} as one line when listening.
// `tsx bench/audit-bench-server.ts <database url> [<extra environment as JSON>]` (the fleet benchmark
// passes the provider's: the dev-idp's CA file, the sync's concurrency).

const url = process.argv[2];
if (!url) throw new Error("usage: audit-bench-server.ts <database url> [<env JSON>]");
const extraEnv = JSON.parse(process.argv[3] ?? "{}") as Record<string, string>;
const database = fromPool(new pg.Pool({ connectionString: url, max: 10 }));
const issuer = await createTestIssuer();
const { app } = createTestApp({
  db: { database, url, close: () => database.close() },
  issuer,
  env: {
    LOG_LEVEL: "warn",
    KEYTURN_AUDIT_CHECKPOINT_KEY: TEST_CHECKPOINT_KEY,
    KEYTURN_REQUEST_TIMEOUT_MS: "600000",
    KEYTURN_RATE_LIMIT_BURST: "100000",
    KEYTURN_RATE_LIMIT_PER_MINUTE: "1000000",
    ...extraEnv,
  },
});
const tokens = { lead: await issuer.tokenFor("lead"), admin: await issuer.tokenFor("admin") };
const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => {
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${info.port}`, tokens })}\n`);
});
process.once("SIGTERM", () => server.close(() => database.close().then(() => process.exit(0))));
