import { describe, expect, it } from "vitest";
import { auditDown, auditUp } from "../../../test/support/audit-faults.ts";
import { auditRouteFixture } from "../../../test/support/audit-route-fixture.ts";
import { parseCsv, unguard } from "../../../test/support/csv.ts";
import { DB_KINDS } from "../../../test/support/databases.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { verifyChain } from "./audit-chain.ts";
import { type AuditRecord, fromAuditRecord } from "./audit-record.ts";

describe.each(DB_KINDS)("audit export on %s", (kind) => {
  const { f, get, all } = auditRouteFixture(kind);

  it("exports JSON lines that parse back to the records, re-verify, and is itself audited", async () => {
    const before = await all();
    const response = await get("/api/audit/export?format=jsonl");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/x-ndjson");
    expect(response.headers.get("content-disposition")).toMatch(
      /attachment; filename="keyturn-audit-\d+\.jsonl"/,
    );
    const text = await response.text();
    const lines = text.split("\n");
    expect(lines.pop()).toBe("");
    const records = lines.map((line) => JSON.parse(line) as AuditRecord);
    expect(records).toEqual(before);
    expect(verifyChain(records.map(fromAuditRecord))).toMatchObject({ ok: true, count: before.length });
    const after = await all();
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({
      action: "audit.export",
      outcome: "success",
      details: { format: "jsonl", throughSeq: before.length },
    });
  });

  it("exports RFC 4180 CSV that parses back to the same records", async () => {
    const before = await all();
    const response = await get("/api/audit/export?format=csv");
    expect(response.headers.get("content-type")).toContain("text/csv");
    const [header, ...rows] = parseCsv(await response.text());
    expect(header?.slice(0, 3)).toEqual(["seq", "at", "actor_oid"]);
    const records = rows.map((cells) => {
      const [
        seq,
        at,
        oid,
        name,
        username,
        roles,
        action,
        ws,
        dep,
        keyType,
        outcome,
        requestId,
        address,
        agent,
        details,
        prevHash,
        hash,
      ] = cells.map(unguard);
      return {
        seq: Number(seq),
        at,
        actor: { oid, name, username, roles: JSON.parse(roles as string) },
        action,
        target: { workspace: ws, deployment: dep, keyType },
        outcome,
        requestId,
        clientAddress: address,
        userAgent: agent,
        details: JSON.parse(details as string),
        prevHash,
        hash,
      } as AuditRecord;
    });
    expect(records).toEqual(before);
    expect(verifyChain(records.map(fromAuditRecord)).ok).toBe(true);
  });

  it("exports only what the filters select", async () => {
    const text = await (await get("/api/audit/export?format=jsonl&action=token.get&outcome=success")).text();
    const records = text
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as AuditRecord);
    const expected = (await all()).filter((r) => r.action === "token.get" && r.outcome === "success");
    expect(records).toEqual(expected);
    const last = (await all()).at(-1);
    expect(last?.details).toMatchObject({ "filter.action": "token.get", "filter.outcome": "success" });
  });

  it("fails closed: an export that cannot be audited answers 503 and streams nothing", async () => {
    const before = await all();
    await auditDown(f.t.database);
    try {
      await expectProblem(await get("/api/audit/export?format=csv"), 503, "audit_unavailable");
    } finally {
      await auditUp(f.t.database);
    }
    expect(await all()).toEqual(before);
  });
});
