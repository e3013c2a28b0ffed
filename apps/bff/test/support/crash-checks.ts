import type { Confirmed } from "./crash-load.ts";

// What must hold after any number of kills: read back through the HTTP API of a restarted BFF.

export interface ExportedRecord {
  seq: number;
  action: string;
  outcome: string;
  requestId: string;
  details: Record<string, unknown>;
}

const ACTION_OF: Record<Confirmed["kind"], string> = {
  regen: "key.regenerate",
  auth: "deployment.auth-settings.change",
  policy: "policy.change",
};

async function api(url: string, token: string, method: string, path: string, requestId: string) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, "X-Request-Id": requestId },
    signal: AbortSignal.timeout(60_000),
  });
  if (response.status !== 200)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response;
}

/** The whole audit log (JSON lines export), oldest first. */
export async function exportAudit(
  url: string,
  adminToken: string,
  requestId: string,
): Promise<ExportedRecord[]> {
  const text = await (await api(url, adminToken, "GET", "/api/audit/export?format=jsonl", requestId)).text();
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as ExportedRecord);
}

/** `POST /api/audit/verify`: the chain walk's report. */
export async function verifyAudit(url: string, adminToken: string, requestId: string) {
  const response = await api(url, adminToken, "POST", "/api/audit/verify", requestId);
  return (await response.json()) as { intact: boolean; checked: number; break: unknown };
}

/** Confirmed writes without their success record (with the value the client was answered). */
export function lostWrites(ledger: Confirmed[], records: ExportedRecord[]): Confirmed[] {
  const successes = new Map<string, ExportedRecord>();
  for (const r of records) if (r.outcome === "success") successes.set(`${r.action} ${r.requestId}`, r);
  return ledger.filter((write) => {
    const record = successes.get(`${ACTION_OF[write.kind]} ${write.requestId}`);
    if (!record) return true;
    if (write.kind === "regen") return record.details.fingerprint !== write.fingerprint;
    if (write.kind === "policy") return record.details.version !== write.version;
    return false;
  });
}

/** The current posture policy is at least the last confirmed one (a version is never lost). */
export async function policyBehind(url: string, adminToken: string, ledger: Confirmed[], requestId: string) {
  const policy = (await (await api(url, adminToken, "GET", "/api/policies/posture", requestId)).json()) as {
    version: number;
    maxKeyAgeDays: number;
  };
  const confirmed = ledger.filter((w) => w.kind === "policy");
  const last = confirmed.reduce((a, b) => (b.version > a.version ? b : a), { version: 0, maxKeyAgeDays: 90 });
  const behind =
    policy.version < last.version ||
    (policy.version === last.version && policy.maxKeyAgeDays !== last.maxKeyAgeDays);
  return { policy, last, behind };
}

/**
 * Intents without exactly one outcome (`details.intentSeq`): after the reconciler's deadline every
 * intent must have one. `skip` names requests still running (the export reading the log).
 */
export function intentsWithoutOneOutcome(records: ExportedRecord[], skip: string[] = []) {
  const outcomes = new Map<number, number>();
  for (const r of records) {
    const of = r.details.intentSeq;
    if (typeof of === "number") outcomes.set(of, (outcomes.get(of) ?? 0) + 1);
  }
  const intents = records.filter((r) => r.outcome === "intent" && !skip.includes(r.requestId));
  return {
    intents: intents.length,
    bad: intents
      .filter((r) => outcomes.get(r.seq) !== 1)
      .map((r) => ({ seq: r.seq, action: r.action, outcomes: outcomes.get(r.seq) ?? 0 })),
  };
}

/** The BFF's view of a deployment's keys: fingerprints and whether its own record matches them. */
export async function bffKeys(url: string, operatorToken: string, path: string, requestId: string) {
  const body = (await (await api(url, operatorToken, "GET", path, requestId)).json()) as {
    keys: { keyType: "Primary" | "Secondary"; fingerprint: string; changedOutsideConsole: boolean }[];
  };
  return Object.fromEntries(body.keys.map((k) => [k.keyType, k]));
}
