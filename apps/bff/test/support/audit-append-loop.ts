import { sql } from "drizzle-orm";
import pg from "pg";
import { fromPool } from "../../src/db/client.ts";
import { appendAudit } from "../../src/features/audit/audit-append.ts";
import { fixtureEvent } from "./audit-fixtures.ts";

// A second BFF process appending to the audit chain: `tsx audit-append-loop.ts <database url> <count> <tag>`.
// Prints "ready" once connected, waits for a line on stdin (go), appends, prints "done".

const [url, count, tag] = process.argv.slice(2);
if (!url || !count || !tag) throw new Error("usage: audit-append-loop.ts <url> <count> <tag>");
const database = fromPool(new pg.Pool({ connectionString: url, max: 2 }));
await database.db.execute(sql`select 1`);
process.stdout.write("ready\n");
await new Promise((resolve) => process.stdin.once("data", resolve));
for (let i = 1; i <= Number(count); i++) {
  await database.db.transaction((tx) => appendAudit(tx, fixtureEvent(i, { requestId: `${tag}-${i}` })));
}
await database.close();
process.stdout.write("done\n");
process.exit(0);
