import { context, trace } from "@opentelemetry/api";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DB_KINDS, openTestDatabase, type TestDatabase } from "../../test/support/databases.ts";
import { type OtlpReceiver, startOtlpReceiver } from "../../test/support/otlp-receiver.ts";
import { testConfig } from "../../test/support/test-app.ts";
import { queryRows } from "../db/client.ts";
import { connections } from "../db/schema.ts";
import { describeQuery } from "./db-spans.ts";
import { startTracing, type Tracing } from "./tracing.ts";

describe("describeQuery", () => {
  it("names the operation from a closed list and the table as an identifier, whatever the text", () => {
    expect(describeQuery('select "id" from "connections" where "id" = $1')).toEqual({
      operation: "SELECT",
      table: "connections",
    });
    expect(describeQuery('insert into "audit_events" ("a") values ($1)')).toEqual({
      operation: "INSERT",
      table: "audit_events",
    });
    expect(describeQuery("begin")).toEqual({ operation: "BEGIN", table: undefined });
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const { operation, table } = describeQuery(text);
        expect(operation).toMatch(/^[A-Z]+$/);
        if (table !== undefined) expect(table).toMatch(/^[a-z_][a-z0-9_]{0,62}$/);
      }),
    );
  });
});

let receiver: OtlpReceiver;
let tracing: Tracing;
beforeAll(async () => {
  receiver = await startOtlpReceiver();
  tracing = startTracing(testConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url }).telemetry);
});
afterAll(async () => {
  await tracing?.shutdown();
  await receiver?.close();
});

describe.each(DB_KINDS)("query spans on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(() => t?.close());

  it("opens one span per query under the active span (transactions too), none outside a trace", async () => {
    await t.database.db.select().from(connections); // no active span: no trace of its own
    const parent = trace.getTracer("test").startSpan(`work on ${kind}`);
    await context.with(trace.setSpan(context.active(), parent), async () => {
      await t.database.db.select().from(connections);
      await t.database.db.transaction(async (tx) => {
        await tx.select().from(connections);
      });
      await expect(
        queryRows(t.database.db, sql`select secret_value from no_such_table where x = ${"p4ss"}`),
      ).rejects.toThrow();
    });
    parent.end();
    await tracing.flush();
    const mine = receiver.spans.filter(
      (span) => span.traceId === parent.spanContext().traceId && span.spanId !== parent.spanContext().spanId,
    );
    const names = mine.map((span) => span.name);
    expect(names.filter((name) => name === "SELECT connections")).toHaveLength(2);
    // node-postgres sends BEGIN and COMMIT as queries; PGlite runs them inside its transaction().
    if (kind === "postgres") expect(names).toEqual(expect.arrayContaining(["BEGIN", "COMMIT"]));
    const failed = mine.find((span) => span.attributes["db.response.status_code"] === "42P01");
    expect(failed).toMatchObject({ name: "SELECT no_such_table", attributes: { "error.type": "42P01" } });
    for (const span of mine) expect(span.parentSpanId).toBe(parent.spanContext().spanId);
    const sent = receiver.exports.map((e) => e.body).join("\n");
    expect(sent).not.toContain("p4ss");
    expect(sent).not.toContain("secret_value");
    expect(
      receiver.spans.filter((span) => span.name === "SELECT connections" && span.parentSpanId === ""),
    ).toHaveLength(0);
  });
});
