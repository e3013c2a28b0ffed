// The emulator's Key Vault read as a caller of a model reads it: over HTTPS, with a token dev-idp gives
// the reader service principal for Key Vault's audience (Key Vault Secrets User: get and list).
import { emulator } from "./emulator.ts";
import { httpsText, servicePrincipalToken } from "./idp-client.ts";
import { EMULATOR_HTTPS_URL } from "./ports.ts";
import { readSystemInfo } from "./system-info.ts";

const VAULT_SCOPE = "https://vault.azure.net/.default";
const VAULT_API_VERSION = "7.5";

/** A workspace's vault on the emulator (`kv-` and the workspace without `ws-`), path-style. */
export const vaultUrlOf = (workspace: string) => `${EMULATOR_HTTPS_URL}/kv-${workspace.replace(/^ws-/, "")}`;

/** The current value of a secret, or null when the vault holds no such secret (yet). */
export async function readSecret(vaultUrl: string, name: string): Promise<string | null> {
  const { idpCaPem } = await readSystemInfo();
  const token = await servicePrincipalToken("reader", VAULT_SCOPE);
  const url = new URL(`${vaultUrl}/secrets/${encodeURIComponent(name)}?api-version=${VAULT_API_VERSION}`);
  const answer = await httpsText(url, idpCaPem, undefined, { authorization: `Bearer ${token}` });
  if (answer.status === 404) return null;
  if (answer.status !== 200)
    throw new Error(`Key Vault answered ${answer.status} ${answer.text.slice(0, 200)}`);
  return (JSON.parse(answer.text) as { value: string }).value;
}

export interface VaultCaller {
  /** Stops after the call in flight; the statuses of every call that did not answer 200. */
  stop(): Promise<{ ok: number; failed: number[] }>;
}

/**
 * A caller of a model that reads its key from Key Vault before each call, in a loop until stopped:
 * what a rotation with destinations promises never to break.
 */
export function startVaultCaller(vaultUrl: string, secretName: string, scoringUri: string): VaultCaller {
  const calls = { ok: 0, failed: [] as number[] };
  let running = true;
  const loop = (async () => {
    while (running) {
      const key = await readSecret(vaultUrl, secretName);
      const status = await emulator.score(scoringUri, key ?? "");
      if (status === 200) calls.ok += 1;
      else calls.failed.push(status);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return calls;
    },
  };
}
