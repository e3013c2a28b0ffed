// Ports of the system under test: apart from the defaults, so a running `pnpm start` does not clash.
// Each can be moved (KEYTURN_E2E_IDP_PORT, KEYTURN_E2E_EMULATOR_PORT, KEYTURN_E2E_EMULATOR_HTTPS_PORT,
// KEYTURN_E2E_BFF_PORT) when a development server already holds one; Playwright's webServer inherits
// the environment.
const port = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1 || value > 65_535) throw new Error(`${name} is not a port`);
  return value;
};
export const E2E_PORTS = {
  idp: port("KEYTURN_E2E_IDP_PORT", 18443),
  emulator: port("KEYTURN_E2E_EMULATOR_PORT", 18090),
  /** The emulator's HTTPS listener: its Key Vault, where the seeded destinations publish keys. */
  emulatorHttps: port("KEYTURN_E2E_EMULATOR_HTTPS_PORT", 18091),
  bff: port("KEYTURN_E2E_BFF_PORT", 18080),
} as const;
export const CONSOLE_URL = `http://localhost:${E2E_PORTS.bff}`;
export const EMULATOR_URL = `http://127.0.0.1:${E2E_PORTS.emulator}`;
export const EMULATOR_HTTPS_URL = `https://localhost:${E2E_PORTS.emulatorHttps}`;
export const IDP_URL = `https://localhost:${E2E_PORTS.idp}`;
/** The BFF's step-up window in the e2e system (its minimum): a reveal later than this after sign-in steps up. */
export const STEP_UP_MAX_AGE_SECONDS = 30;
