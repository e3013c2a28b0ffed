// Orders to the harness (start-system.ts) from a journey: what a person running Keyturn does to it.
import { readSystemInfo } from "./system-info.ts";

/**
 * Restarts the BFF as a deployment does: it drains (jobs stopped, rotations' leases handed back), then
 * starts again on the same port, database and secrets. Resolves once the new one listens.
 */
export async function restartBff(): Promise<void> {
  const { controlUrl } = await readSystemInfo();
  const response = await fetch(`${controlUrl}/bff/restart`, { method: "POST" });
  if (response.status !== 204)
    throw new Error(`the BFF restart failed: ${response.status} ${await response.text()}`);
}
