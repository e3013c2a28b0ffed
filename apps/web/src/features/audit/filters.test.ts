import { describe, expect, it } from "vitest";
import { auditExportPath } from "./api/export-audit";
import { auditEventsSearchParams } from "./api/get-audit-events";
import { fromLocalInput, hasAuditFilters, parseAuditFilters, toLocalInput } from "./filters";

describe("audit filters", () => {
  it("reads the address bar leniently: trims, keeps what the BFF accepts, drops the rest", () => {
    const accepted = {
      action: "key.reveal",
      outcome: "denied",
      workspace: "ws-prod",
      keyType: "Secondary",
      from: "2026-03-01T00:00:00.000Z",
      to: "2026-03-02T00:00:00+01:00",
    };
    expect(parseAuditFilters({ ...accepted, actor: "  ana@keyturn.test " })).toEqual({
      ...accepted,
      actor: "ana@keyturn.test",
    });
    expect(
      parseAuditFilters({
        action: "key.steal",
        outcome: "maybe",
        keyType: "primary",
        from: "yesterday",
        actor: "",
      }),
    ).toEqual({});
    expect(parseAuditFilters({ deployment: "x".repeat(201) })).toEqual({});
  });

  it("sends the filters in a fixed order, then the cursor and the page size; the export adds the format", () => {
    const filters = parseAuditFilters({ to: "2026-03-02T00:00:00Z", actor: "ana", outcome: "failed" });
    expect(auditEventsSearchParams(filters, "c-2").toString()).toBe(
      "actor=ana&outcome=failed&to=2026-03-02T00%3A00%3A00Z&cursor=c-2&limit=100",
    );
    expect(auditEventsSearchParams({}).toString()).toBe("limit=100");
    expect(auditExportPath(filters, "jsonl")).toBe(
      "/api/audit/export?actor=ana&outcome=failed&to=2026-03-02T00%3A00%3A00Z&format=jsonl",
    );
    expect(hasAuditFilters(filters)).toBe(true);
    expect(hasAuditFilters({})).toBe(false);
  });

  it("converts between the time inputs (reader's zone) and ISO instants, both ways", () => {
    const iso = fromLocalInput("2026-03-04T14:05");
    expect(iso).toBe(new Date(2026, 2, 4, 14, 5).toISOString());
    expect(toLocalInput(iso)).toBe("2026-03-04T14:05");
    expect(fromLocalInput("")).toBeUndefined();
    expect(toLocalInput(undefined)).toBe("");
  });
});
