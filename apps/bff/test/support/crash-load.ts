import { deploymentPath } from "./secrets-harness.ts";

// Write load through the HTTP API, as the console sends it (If-Match from a read just before): key
// regenerations, auth-setting changes, posture policy saves. Every write the client saw answered 200
// goes in the ledger; a write cut by a kill is unconfirmed and may or may not have happened.

export const REGEN_TARGET = { workspace: "ws-prod-eastus", name: "churn-predictor" } as const;
export const AUTH_TARGET = { workspace: "ws-ml-westeurope", name: "anomaly-watch" } as const;

export type Confirmed =
  | { kind: "regen"; requestId: string; keyType: "primary" | "secondary"; fingerprint: string }
  | { kind: "auth"; requestId: string; keyAuth: boolean }
  | { kind: "policy"; requestId: string; version: number; maxKeyAgeDays: number };

export interface LoadStats {
  sent: number;
  confirmed: number;
  /** Answered, but not 200 (e.g. 503 while the workspace call timed out). */
  refused: number;
}

/** Runs the three writers against `url` until `stop()`; confirmed writes are pushed to `ledger`. */
export function startLoad(
  url: string,
  tokens: { operator: string; admin: string },
  tag: string,
  ledger: Confirmed[],
) {
  const stats: LoadStats = { sent: 0, confirmed: 0, refused: 0 };
  let stopped = false;
  let n = 0;

  async function call(
    method: string,
    path: string,
    token: string,
    headers: Record<string, string> = {},
    body?: unknown,
  ) {
    const requestId = `${tag}-${++n}`;
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        "X-Request-Id": requestId,
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const json = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    return { status: response.status, etag: response.headers.get("etag") ?? "", json, requestId };
  }

  async function write(send: () => Promise<{ status: number }>, confirm: () => void) {
    stats.sent++;
    const answer = await send();
    if (answer.status === 200) {
      stats.confirmed++;
      confirm();
    } else stats.refused++;
  }

  const regen = async (i: number) => {
    const keyType = i % 2 === 0 ? "primary" : "secondary";
    const base = deploymentPath(REGEN_TARGET.workspace, REGEN_TARGET.name);
    const keys = await call("GET", `${base}/keys`, tokens.operator);
    let r: Awaited<ReturnType<typeof call>> | undefined;
    await write(
      async () =>
        (r = await call("POST", `${base}/keys/${keyType}/regenerate`, tokens.operator, {
          "If-Match": keys.etag,
        })),
      () => {
        const key = r?.json?.key as { fingerprint: string };
        ledger.push({ kind: "regen", requestId: r?.requestId ?? "", keyType, fingerprint: key.fingerprint });
      },
    );
  };
  const auth = async () => {
    const base = deploymentPath(AUTH_TARGET.workspace, AUTH_TARGET.name);
    const current = await call("GET", base, tokens.operator);
    // From whatever the last write left (a cut one may have happened): never an empty change.
    const keyAuth = !(current.json?.auth as { keyAuth: boolean } | undefined)?.keyAuth;
    let r: Awaited<ReturnType<typeof call>> | undefined;
    await write(
      async () =>
        (r = await call("PATCH", `${base}/auth`, tokens.operator, { "If-Match": current.etag }, { keyAuth })),
      () => ledger.push({ kind: "auth", requestId: r?.requestId ?? "", keyAuth }),
    );
  };
  const policy = async (i: number) => {
    const current = await call("GET", "/api/policies/posture", tokens.admin);
    const maxKeyAgeDays = 30 + (i % 300);
    let r: Awaited<ReturnType<typeof call>> | undefined;
    await write(
      async () =>
        (r = await call(
          "PUT",
          "/api/policies/posture",
          tokens.admin,
          { "If-Match": current.etag },
          { maxKeyAgeDays },
        )),
      () =>
        ledger.push({
          kind: "policy",
          requestId: r?.requestId ?? "",
          version: Number(r?.json?.version),
          maxKeyAgeDays,
        }),
    );
  };

  const loop = async (step: (i: number) => Promise<void>) => {
    for (let i = 0; !stopped; i++) {
      try {
        await step(i);
      } catch {
        // No answer: the kill cut the connection (sent writes among them stay unconfirmed).
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  };
  const loops = [loop(regen), loop(auth), loop(policy)];
  return {
    stats,
    async stop(): Promise<LoadStats> {
      stopped = true;
      await Promise.all(loops);
      return stats;
    },
  };
}
