// What the journeys need to know about the running system that its ports do not tell: dev-idp's
// self-signed CA (to call it over https from the test process) and where the harness takes orders
// (restart the BFF). start-system.ts writes it.
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { E2E_PORTS } from "./ports.ts";

export const SYSTEM_INFO_FILE = path.join(tmpdir(), `keyturn-e2e-system-${E2E_PORTS.bff}.json`);

export interface SystemInfo {
  idpIssuer: string;
  idpCaPem: string;
  /** The harness's control server on loopback (bff-control.ts). */
  controlUrl: string;
}

let cached: SystemInfo | undefined;

export async function readSystemInfo(): Promise<SystemInfo> {
  cached ??= JSON.parse(await readFile(SYSTEM_INFO_FILE, "utf8")) as SystemInfo;
  return cached;
}
