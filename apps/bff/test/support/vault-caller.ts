import type { SecretClient } from "@azure/keyvault-secrets";

export interface CallerTally {
  ok: number;
  /** The statuses of the calls that failed (a thrown call counts as 0). */
  failed: number[];
  /** What each thrown call threw, by step (the secret's read or the scoring call): names, never values. */
  thrown: string[];
}

/**
 * A client of a key-auth deployment as the rotation docs tell callers to be: it reads the Key Vault
 * secret before each call and sends that key to the scoring URI, until stopped. `beforeCall` may wait
 * (a pace); `stop` resolves with the tally once the call in flight is over.
 */
export function startVaultCaller(options: {
  reader: Pick<SecretClient, "getSecret">;
  secretName: string;
  scoringUri: string;
  body: unknown;
  beforeCall?: () => Promise<void>;
}): { stop: () => Promise<CallerTally> } {
  const tally: CallerTally = { ok: 0, failed: [], thrown: [] };
  let running = true;
  const loop = (async () => {
    while (running) {
      await options.beforeCall?.();
      let step = "read the secret";
      try {
        const key = (await options.reader.getSecret(options.secretName)).value ?? "";
        step = "score";
        const response = await fetch(options.scoringUri, {
          method: "POST",
          headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
          body: JSON.stringify(options.body),
        });
        await response.arrayBuffer();
        if (response.status === 200) tally.ok += 1;
        else tally.failed.push(response.status);
      } catch (err) {
        tally.failed.push(0);
        const { name, code, cause } = err as { name?: string; code?: string; cause?: { code?: string } };
        tally.thrown.push(`${step}: ${name ?? "error"} ${code ?? cause?.code ?? ""}`.trim());
      }
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return tally;
    },
  };
}
