import { GENESIS_HASH } from "./audit-chain.ts";
import type { WalkRow } from "./walk-rows.ts";

/** What kind of tampering a broken link shows (security.md, property 19). */
export type BreakKind = "edited" | "deleted" | "reordered" | "truncated";

/** The check that failed: what the walk actually saw. */
export type BreakCheck =
  | "hash-mismatch" // the record's content no longer hashes to its stored hash
  | "link-mismatch" // the record's prev_hash is not the previous record's hash
  | "seq-gap" // sequence numbers skip
  | "anchor-mismatch" // a signed checkpoint (or the caller's anchor) names another hash for this seq
  | "anchor-beyond-head"; // a signed checkpoint (or anchor) names a record the log no longer has

export interface ChainBreak {
  kind: BreakKind;
  check: BreakCheck;
  /** The first record affected (for a gap or truncation: the first missing one). */
  seq: number;
  /** The last record before the break that still verified (0: none). */
  previousSeq: number;
  /** Records missing (deleted, truncated) when it can be told; else absent. */
  missing?: number;
  /** For a reordering: the seq of the record this one was chained after. */
  linkedAfterSeq?: number;
}

export interface Anchor {
  seq: number;
  hash: string;
}

/** Finds the seq of the record holding a hash (the reorder test); null when none does. */
export type SeqOfHash = (hash: string) => Promise<number | null>;

/** How far back a deletion with renumbering is searched for (hashes bind the original seq). */
const MAX_RENUMBER_SHIFT = 1_000;

/**
 * The verify walk, one row at a time in `seq` order (constant memory): queue the trusted anchors
 * (signed checkpoints, the caller's anchor) that fall in the next batch with `expect`, `push` each
 * row, then `finish`. The first break is returned, classified; the caller stops there.
 */
export class ChainWalker {
  private prev: Anchor = { seq: 0, hash: GENESIS_HASH };
  private pending: Anchor[] = [];
  private lastAnchorOk = 0;
  count = 0;

  constructor(private readonly seqOfHash: SeqOfHash) {}

  get head(): Anchor {
    return this.prev;
  }

  /** Anchors in ascending seq, none below the walked head. Checked when the walk reaches them. */
  expect(anchors: readonly Anchor[]): ChainBreak | null {
    this.pending.push(...anchors);
    return this.checkAnchors();
  }

  /**
   * One row. Synchronous in the common case (a verified row, or a gap or edit); a broken link needs
   * one lookup to tell a reordering from an edit, so it returns a promise then.
   */
  push(row: WalkRow): ChainBreak | null | Promise<ChainBreak> {
    const prev = this.prev;
    if (row.seq !== prev.seq + 1) {
      const missing = row.seq - prev.seq - 1;
      return { kind: "deleted", check: "seq-gap", seq: prev.seq + 1, previousSeq: prev.seq, missing };
    }
    const selfOk = row.selfOk;
    if (row.prevHash !== prev.hash) return this.brokenLink(row, prev, selfOk);
    if (!selfOk) return { kind: "edited", check: "hash-mismatch", seq: row.seq, previousSeq: prev.seq };
    this.prev = { seq: row.seq, hash: row.hash };
    this.count += 1;
    return this.pending.length > 0 ? this.checkAnchors() : null;
  }

  private async brokenLink(row: WalkRow, prev: Anchor, selfOk: boolean): Promise<ChainBreak> {
    const at = { check: "link-mismatch" as const, seq: row.seq, previousSeq: prev.seq };
    const linkedAfterSeq = await this.seqOfHash(row.prevHash);
    if (linkedAfterSeq !== null) return { ...at, kind: "reordered", linkedAfterSeq };
    if (!selfOk) {
      // Deleted rows with the later ones renumbered: each row still hashes under its original seq.
      for (let shift = 1; shift <= MAX_RENUMBER_SHIFT; shift++) {
        if (row.hashAt(row.seq + shift) === row.hash) return { ...at, kind: "deleted", missing: shift };
      }
    }
    return { ...at, kind: "edited" };
  }

  /** The end of the walk: an anchor past the last record means the tail was cut off. */
  finish(): ChainBreak | null {
    const beyond = this.pending.at(-1);
    if (beyond && beyond.seq > this.prev.seq) {
      const missing = beyond.seq - this.prev.seq;
      const seq = this.prev.seq + 1;
      return { kind: "truncated", check: "anchor-beyond-head", seq, previousSeq: this.prev.seq, missing };
    }
    return null;
  }

  private checkAnchors(): ChainBreak | null {
    while (this.pending.length > 0 && (this.pending[0] as Anchor).seq <= this.prev.seq) {
      const anchor = this.pending.shift() as Anchor;
      if (anchor.seq < this.prev.seq) throw new Error("anchors must be queued before the walk passes them");
      if (anchor.hash !== this.prev.hash) {
        // Every link verified, yet a signed hash differs: the chain was re-computed after an edit.
        return { kind: "edited", check: "anchor-mismatch", seq: anchor.seq, previousSeq: this.lastAnchorOk };
      }
      this.lastAnchorOk = anchor.seq;
    }
    return null;
  }
}
