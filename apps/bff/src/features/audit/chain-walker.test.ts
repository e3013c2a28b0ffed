import { describe, expect, it } from "vitest";
import { chainRows } from "../../../test/support/audit-fixtures.ts";
import { type AuditRow, chainHash, rowToEvent } from "./audit-chain.ts";
import { type Anchor, type ChainBreak, ChainWalker } from "./chain-walker.ts";
import { walkRowOf } from "./walk-rows.ts";

/** Walks rows in the order given (as the database would return them by seq) with anchors. */
async function walk(rows: AuditRow[], anchors: Anchor[] = []): Promise<ChainBreak | null> {
  const walker = new ChainWalker(async (hash) => rows.find((r) => r.hash === hash)?.seq ?? null);
  const sorted = [...rows].sort((a, b) => a.seq - b.seq);
  const last = sorted.at(-1)?.seq ?? 0;
  const found = walker.expect(anchors.filter((a) => a.seq <= last));
  if (found) return found;
  for (const row of sorted) {
    const broke = await walker.push(walkRowOf(row));
    if (broke) return broke;
  }
  return walker.expect(anchors.filter((a) => a.seq > last)) ?? walker.finish();
}

const rehash = (row: AuditRow): AuditRow => ({
  ...row,
  hash: chainHash(row.prevHash, row.seq, rowToEvent(row)),
});

describe("ChainWalker", () => {
  it("passes an untouched chain and its anchors", async () => {
    const rows = chainRows(6);
    const anchors = [0, 3, 6].map((seq) => ({
      seq,
      hash: seq === 0 ? "0".repeat(64) : (rows[seq - 1] as AuditRow).hash,
    }));
    expect(await walk(rows, anchors)).toBeNull();
    expect(await walk([])).toBeNull();
  });

  it("an edited field: hash-mismatch at that record", async () => {
    const rows = chainRows(5);
    rows[2] = { ...(rows[2] as AuditRow), outcome: "failed" };
    expect(await walk(rows)).toEqual({ kind: "edited", check: "hash-mismatch", seq: 3, previousSeq: 2 });
  });

  it("an edited record whose hash was recomputed: the next link breaks", async () => {
    const rows = chainRows(5);
    rows[2] = rehash({ ...(rows[2] as AuditRow), actorName: "Someone Else" });
    expect(await walk(rows)).toEqual({ kind: "edited", check: "link-mismatch", seq: 4, previousSeq: 3 });
  });

  it("a deleted record: a gap in the sequence", async () => {
    const rows = chainRows(5);
    rows.splice(1, 2);
    expect(await walk(rows)).toEqual({
      kind: "deleted",
      check: "seq-gap",
      seq: 2,
      previousSeq: 1,
      missing: 2,
    });
  });

  it("deleted records with the later ones renumbered: each still hashes under its old seq", async () => {
    const rows = chainRows(6);
    const renumbered = [
      rows[0],
      rows[1],
      ...rows.slice(4).map((r) => ({ ...r, seq: r.seq - 2 })),
    ] as AuditRow[];
    expect(await walk(renumbered)).toEqual({
      kind: "deleted",
      check: "link-mismatch",
      seq: 3,
      previousSeq: 2,
      missing: 2,
    });
  });

  it("two records swapped: reordered, naming the record it was chained after", async () => {
    const rows = chainRows(5);
    const swapped = rows.map((r) => (r.seq === 2 ? { ...r, seq: 3 } : r.seq === 3 ? { ...r, seq: 2 } : r));
    expect(await walk(swapped)).toEqual({
      kind: "reordered",
      check: "link-mismatch",
      seq: 2,
      previousSeq: 1,
      linkedAfterSeq: 3,
    });
  });

  it("a truncated tail: detected only against an anchor past the last record", async () => {
    const rows = chainRows(6);
    const anchor = { seq: 6, hash: (rows[5] as AuditRow).hash };
    expect(await walk(rows.slice(0, 4))).toBeNull();
    expect(await walk(rows.slice(0, 4), [anchor])).toEqual({
      kind: "truncated",
      check: "anchor-beyond-head",
      seq: 5,
      previousSeq: 4,
      missing: 2,
    });
    expect(await walk([], [anchor])).toMatchObject({ kind: "truncated", seq: 1, missing: 6 });
  });

  it("a chain re-computed after an edit: every link holds, a signed anchor does not", async () => {
    const rows = chainRows(6);
    const anchors = [2, 5].map((seq) => ({ seq, hash: (rows[seq - 1] as AuditRow).hash }));
    const forged: AuditRow[] = [];
    for (const [i, row] of rows.entries()) {
      const prevHash = i === 0 ? row.prevHash : (forged[i - 1] as AuditRow).hash;
      forged.push(rehash({ ...row, prevHash, ...(row.seq === 4 ? { outcome: "failed" } : {}) }));
    }
    expect(await walk(forged)).toBeNull();
    expect(await walk(forged, anchors)).toEqual({
      kind: "edited",
      check: "anchor-mismatch",
      seq: 5,
      previousSeq: 2,
    });
  });
});
