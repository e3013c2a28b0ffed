import { describe, expect, it } from "vitest";
import { auditRecord } from "./audit-test-data";
import { groupOperations, withoutSignIns } from "./operations";

const shown = (records: ReturnType<typeof auditRecord>[]) =>
  groupOperations(records).map(({ record, started }) => [record.seq, record.outcome, started?.seq ?? null]);

describe("audit operations", () => {
  it("shows a started/ended pair of one request once, as its outcome", () => {
    const records = [
      auditRecord(6, { requestId: "r-b", outcome: "failed" }),
      auditRecord(5, { requestId: "r-b", outcome: "intent" }),
      auditRecord(4, { requestId: "r-a", outcome: "success" }),
      auditRecord(3, { requestId: "r-a", outcome: "intent" }),
    ];
    expect(shown(records)).toEqual([
      [6, "failed", 5],
      [4, "success", 3],
    ]);
  });

  it("keeps an intent with no outcome loaded, a denial and other actions of the same request apart", () => {
    const records = [
      auditRecord(9, { requestId: "r-c", outcome: "intent" }),
      auditRecord(8, { requestId: "r-d", outcome: "denied" }),
      auditRecord(7, { requestId: "r-e", outcome: "success", action: "token.get" }),
      auditRecord(6, { requestId: "r-e", outcome: "intent", action: "key.regenerate" }),
    ];
    expect(shown(records)).toEqual([
      [9, "intent", null],
      [8, "denied", null],
      [7, "success", null],
      [6, "intent", null],
    ]);
  });

  it("hides the sign-in records", () => {
    const records = [auditRecord(2, { action: "session.seen" }), auditRecord(1)];
    expect(withoutSignIns(records).map((r) => r.seq)).toEqual([1]);
  });
});
