import type { AuditEvent } from "@keyturn/auth-domain";
import { describe, expect, it } from "vitest";
import {
  type AuditRow,
  chainHash,
  eventToRow,
  GENESIS_HASH,
  rowToEvent,
  verifyChain,
} from "./audit-chain.ts";

export function sampleEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    actor: { oid: "oid-1", name: "Olivia Operator", username: "operator@keyturn.test", roles: ["Operator"] },
    action: "key.regenerate",
    target: { workspace: "ws-east", deployment: "churn-aks", keyType: "Secondary" },
    at: "2026-01-02T03:04:05.678Z",
    outcome: "success",
    requestId: "req-1",
    clientAddress: "127.0.0.1",
    userAgent: "vitest",
    details: { fingerprint: "0123456789ab", attempt: 1 },
    ...overrides,
  };
}

function chain(n: number): AuditRow[] {
  const rows: AuditRow[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const event = sampleEvent({ requestId: `req-${seq}` });
    const hash = chainHash(prev, seq, event);
    rows.push(eventToRow(seq, prev, hash, event));
    prev = hash;
  }
  return rows;
}

describe("audit chain", () => {
  it("rebuilds exactly the event it hashed from the row", () => {
    const event = sampleEvent({ target: { workspace: "ws" }, at: "2026-01-02T03:04:05Z" });
    const row = eventToRow(1, GENESIS_HASH, "h", event);
    expect(chainHash(GENESIS_HASH, 1, rowToEvent(row))).toBe(chainHash(GENESIS_HASH, 1, event));
  });

  it("binds the sequence number and the previous hash", () => {
    const event = sampleEvent();
    expect(chainHash(GENESIS_HASH, 1, event)).not.toBe(chainHash(GENESIS_HASH, 2, event));
    expect(chainHash(GENESIS_HASH, 1, event)).not.toBe(chainHash("f".repeat(64), 1, event));
    expect(chainHash(GENESIS_HASH, 1, event)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("verifies an untouched chain", () => {
    const rows = chain(5);
    expect(verifyChain(rows)).toEqual({ ok: true, count: 5, head: { seq: 5, hash: rows[4]?.hash } });
    expect(verifyChain([])).toEqual({ ok: true, count: 0, head: { seq: 0, hash: GENESIS_HASH } });
  });

  it("detects an edited field", () => {
    const rows = chain(5);
    rows[2] = { ...(rows[2] as AuditRow), outcome: "failed" };
    expect(verifyChain(rows)).toMatchObject({ ok: false, seq: 3, reason: "altered" });
  });

  it("detects an edited details value", () => {
    const rows = chain(3);
    rows[1] = { ...(rows[1] as AuditRow), details: { fingerprint: "ffffffffffff", attempt: 1 } };
    expect(verifyChain(rows)).toMatchObject({ ok: false, seq: 2, reason: "altered" });
  });

  it("detects a deleted row and a reordering", () => {
    const rows = chain(5);
    expect(verifyChain([...rows.slice(0, 2), ...rows.slice(3)])).toMatchObject({ ok: false, seq: 4 });
    const swapped = [rows[0], rows[2], rows[1], rows[3]] as AuditRow[];
    expect(verifyChain(swapped)).toMatchObject({ ok: false, seq: 3 });
  });

  it("detects a renumbered deletion (broken link) and a truncated tail against an anchor", () => {
    const rows = chain(5);
    const renumbered = [rows[0], { ...(rows[2] as AuditRow), seq: 2 }] as AuditRow[];
    expect(verifyChain(renumbered)).toMatchObject({ ok: false, reason: "broken-link" });
    const head = { seq: 5, hash: (rows[4] as AuditRow).hash };
    expect(verifyChain(rows.slice(0, 4), head)).toMatchObject({ ok: false, reason: "head-mismatch" });
    expect(verifyChain(rows, head).ok).toBe(true);
  });
});
