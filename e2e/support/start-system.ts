// Starts the whole embedded default for the journeys — dev-idp, emulator, BFF serving the built SPA —
// on the e2e ports with a fresh data folder, and stops it all on SIGINT/SIGTERM (Playwright's webServer).
// A control server on loopback lets a journey restart the BFF as a deployment would (bff-control.ts).

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadConfig, startBff } from "@keyturn/bff";
import { startDevIdp } from "@keyturn/dev-idp";
import { startEmulator } from "@keyturn/emulator";
import { CONSOLE_URL, E2E_PORTS, EMULATOR_HTTPS_URL, STEP_UP_MAX_AGE_SECONDS } from "./ports.ts";
import { SYSTEM_INFO_FILE, type SystemInfo } from "./system-info.ts";

const dataDir = await mkdtemp(path.join(tmpdir(), "keyturn-e2e-"));
const idp = await startDevIdp({ port: E2E_PORTS.idp, dataDir, consoleOrigins: [CONSOLE_URL] });
const emulator = await startEmulator({
  port: E2E_PORTS.emulator,
  httpsPort: E2E_PORTS.emulatorHttps,
  dataDir,
  idpIssuer: idp.issuer,
  idpCaPem: idp.caCertPem,
  transitionDelayMs: 1500,
});
const bffConfig = loadConfig({
  KEYTURN_MODE: "development",
  KEYTURN_BFF_PORT: String(E2E_PORTS.bff),
  KEYTURN_DATA_DIR: dataDir,
  KEYTURN_AUTH_ISSUER: idp.issuer,
  KEYTURN_IDP_CA_FILE: idp.caCertPath,
  KEYTURN_EMULATOR_URL: emulator.url,
  // The seeded Key Vault destinations: this emulator's vaults, not a development server's.
  KEYTURN_EMULATOR_HTTPS_URL: EMULATOR_HTTPS_URL,
  // The smallest the BFF allows, so the support journey meets a real step-up (RFC 9470) after 30 s.
  KEYTURN_STEP_UP_MAX_AGE_SECONDS: String(STEP_UP_MAX_AGE_SECONDS),
  LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  // A console built elsewhere (e.g. beside a working tree that is being edited); apps/web/dist by default.
  KEYTURN_WEB_DIST_DIR: process.env.KEYTURN_WEB_DIST_DIR,
});
let bff = await startBff(bffConfig);

/** POST /bff/restart: the BFF drains (as on SIGTERM) and starts again on the same port and data. */
const control = createServer((request, response) => {
  if (request.method !== "POST" || request.url !== "/bff/restart") {
    response.writeHead(404).end();
    return;
  }
  (async () => {
    await bff.drain();
    bff = await startBff(bffConfig);
  })().then(
    () => response.writeHead(204).end(),
    (err: unknown) => response.writeHead(500).end(String(err)),
  );
});
await new Promise<void>((resolve) => control.listen(0, "127.0.0.1", resolve));
const controlUrl = `http://127.0.0.1:${(control.address() as AddressInfo).port}`;

const info: SystemInfo = { idpIssuer: idp.issuer, idpCaPem: idp.caCertPem, controlUrl };
await writeFile(SYSTEM_INFO_FILE, JSON.stringify(info), { mode: 0o600 });
process.stdout.write(`e2e system up: console ${bff.url}, idp ${idp.issuer}, emulator ${emulator.url}\n`);

async function stop() {
  control.close();
  await bff.close();
  await emulator.close();
  await idp.close();
  await rm(dataDir, { recursive: true, force: true });
  await rm(SYSTEM_INFO_FILE, { force: true });
  process.exit(0);
}
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
