import { AuditPageSchema } from "@keyturn/api-contract";
import { describe, expect, it } from "vitest";
import { auditRouteFixture } from "../../../test/support/audit-route-fixture.ts";
import { DB_KINDS } from "../../../test/support/databases.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import type { PersonaName } from "../../../test/support/test-issuer.ts";
import type { AuditRecord } from "./audit-record.ts";

describe.each(DB_KINDS)("audit query on %s", (kind) => {
  const { get, post, all } = auditRouteFixture(kind);
  const newestFirst = (records: AuditRecord[]) =>
    [...records].sort((a, b) => (a.at === b.at ? b.seq - a.seq : a.at < b.at ? 1 : -1));

  /** Every page of a query, following `next`. */
  async function pages(query: string, who: PersonaName = "lead"): Promise<AuditRecord[]> {
    const items: AuditRecord[] = [];
    let next: string | null = null;
    do {
      const cursor: string = next ? `&cursor=${next}` : "";
      const response = await get(`/api/audit/events?limit=7${query}${cursor}`, who);
      expect(response.status).toBe(200);
      const page = AuditPageSchema.parse(await response.json());
      items.push(...(page.items as AuditRecord[]));
      next = page.next;
    } while (next);
    return items;
  }

  it("pages through every record once, newest first", async () => {
    expect(await pages("")).toEqual(newestFirst(await all()));
  });

  it.each([
    [
      "actor (object id)",
      "&actor=00000000-0000-4000-8000-000000000001",
      (r: AuditRecord) => r.actor.oid.endsWith("000000000001"),
    ],
    [
      "actor (username, any case)",
      "&actor=USER2@keyturn.test",
      (r: AuditRecord) => r.actor.username === "user2@keyturn.test",
    ],
    ["action", "&action=token.get", (r: AuditRecord) => r.action === "token.get"],
    ["outcome", "&outcome=denied", (r: AuditRecord) => r.outcome === "denied"],
    ["workspace", "&workspace=ws-1", (r: AuditRecord) => r.target.workspace === "ws-1"],
    [
      "deployment",
      "&workspace=ws-0&deployment=model-2",
      (r: AuditRecord) => r.target.deployment === "model-2" && r.target.workspace === "ws-0",
    ],
    ["key type", "&keyType=Primary", (r: AuditRecord) => r.target.keyType === "Primary"],
    [
      "time range",
      "&from=2026-01-01T00:10:00Z&to=2026-01-01T00:20:00.000%2B00:00",
      (r: AuditRecord) => r.at >= "2026-01-01T00:10:00.000Z" && r.at < "2026-01-01T00:20:00.000Z",
    ],
  ])("filters by %s", async (_name, query, predicate) => {
    const expected = newestFirst((await all()).filter(predicate));
    expect(expected.length).toBeGreaterThan(0);
    expect(await pages(query)).toEqual(expected);
  });

  it("refuses a forged cursor and unknown parameters (400)", async () => {
    await expectProblem(await get("/api/audit/events?cursor=bm9wZQ"), 400, "validation_failed");
    await expectProblem(await get("/api/audit/events?actorOid=x"), 400, "validation_failed");
    await expectProblem(await get("/api/audit/export?format=xml"), 400, "validation_failed");
  });

  it.each(["operator", "support", "norole"] as const)(
    "refuses %s (403), recording denied exports and verifies",
    async (who) => {
      const before = (await all()).length;
      await expectProblem(await get("/api/audit/events", who), 403, "forbidden");
      await expectProblem(await get("/api/audit/export", who), 403, "forbidden");
      await expectProblem(await post("/api/audit/verify", who), 403, "forbidden");
      const added = (await all()).slice(before);
      expect(added.map((r) => [r.action, r.outcome])).toEqual([
        ["audit.export", "denied"],
        ["audit.verify", "denied"],
      ]);
    },
  );
});
