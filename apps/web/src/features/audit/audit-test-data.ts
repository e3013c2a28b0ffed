import type { AuditCheckpoint, AuditRecord } from "@keyturn/api-contract";

/** Test data only (imported by the audit tests). */
export function auditRecord(seq: number, overrides: Partial<AuditRecord> = {}): AuditRecord {
  return {
    seq,
    at: new Date(Date.UTC(2026, 2, 4, 14, 5, 9) - seq * 60_000).toISOString(),
    actor: {
      oid: "00000000-0000-4000-8000-00000000000a",
      name: "Ana Ortega",
      username: "ana@keyturn.test",
      roles: ["KeyRotator"],
    },
    action: "key.regenerate",
    target: { workspace: "ws-prod", deployment: "churn", keyType: "Primary" },
    outcome: "success",
    requestId: `req-${seq}`,
    clientAddress: "203.0.113.7",
    userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0",
    details: { previousFingerprint: "a1b2c3d4e5f6" },
    prevHash: "0".repeat(64),
    hash: "f".repeat(64),
    ...overrides,
  };
}

export function checkpoint(id: number, overrides: Partial<AuditCheckpoint> = {}) {
  return {
    type: "keyturn.audit-checkpoint.v1",
    id,
    seq: id * 100,
    hash: "c".repeat(64),
    signedAt: "2026-03-04T12:00:00.000Z",
    keyId: "0123456789abcdef",
    algorithm: "Ed25519",
    signature: "c2lnbmF0dXJl",
    signedMessage: "{}",
    publicKey: "-----BEGIN PUBLIC KEY-----",
    trigger: "scheduled",
    valid: true,
    ...overrides,
  };
}

/** The full URLs `fetch` was called with (the fake API records paths only). */
export const fetchedUrls = (fetch: { mock: { calls: unknown[][] } }) =>
  fetch.mock.calls.map(([input]) => new URL(String(input), "http://localhost"));
