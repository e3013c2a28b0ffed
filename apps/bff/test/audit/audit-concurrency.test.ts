import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendAudit } from "../../src/features/audit/audit-append.ts";
import { verifyAuditLog } from "../../src/features/audit/audit-verify.ts";
import { checkpointKey } from "../../src/features/audit/checkpoint-key.ts";
import { auditRows, fixtureEvent, TEST_CHECKPOINT_KEY } from "../support/audit-fixtures.ts";
import { openPostgres, type TestDatabase } from "../support/databases.ts";
import { testConfig } from "../support/test-app.ts";

// Two BFF processes on one PostgreSQL append at the same time: the advisory lock keeps one gapless,
// valid chain (a second Node process runs test/support/audit-append-loop.ts with tsx).

const TSX = path.resolve(import.meta.dirname, "../../node_modules/.bin/tsx");
const LOOP = path.resolve(import.meta.dirname, "../support/audit-append-loop.ts");
const PER_PROCESS = 150;

describe("audit appends from two processes on one PostgreSQL", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openPostgres();
  });
  afterAll(() => t?.close());

  it("keep one valid chain with every record from both", async () => {
    const child = spawn(TSX, [LOOP, t.url ?? "", String(PER_PROCESS), "child"], {
      stdio: ["pipe", "pipe", "inherit"],
    });
    let output = "";
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("ready")) resolve();
      });
      child.once("exit", (code) => reject(new Error(`append loop exited early (${code})`)));
    });
    child.stdin.write("go\n");
    for (let i = 1; i <= PER_PROCESS; i++) {
      await t.database.db.transaction((tx) => appendAudit(tx, fixtureEvent(i, { requestId: `parent-${i}` })));
    }
    expect(await exited).toBe(0);
    expect(output).toContain("done");

    const rows = await auditRows(t.database);
    expect(rows).toHaveLength(2 * PER_PROCESS);
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    const tags = rows.map((r) => r.requestId.split("-")[0]);
    const switches = tags.filter((tag, i) => i > 0 && tag !== tags[i - 1]).length;
    expect(switches, "the two processes' appends interleaved").toBeGreaterThan(2);
    const key = await checkpointKey(testConfig({ KEYTURN_AUDIT_CHECKPOINT_KEY: TEST_CHECKPOINT_KEY }).audit);
    expect(await verifyAuditLog(t.database.db, { key, batchSize: 64 })).toMatchObject({
      intact: true,
      checked: 2 * PER_PROCESS,
    });
  });
});
