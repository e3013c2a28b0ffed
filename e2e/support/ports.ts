// Ports of the system under test: apart from the defaults, so a running `pnpm start` does not clash.
export const E2E_PORTS = { idp: 18443, emulator: 18090, bff: 18080 } as const;
export const CONSOLE_URL = `http://localhost:${E2E_PORTS.bff}`;
export const EMULATOR_URL = `http://127.0.0.1:${E2E_PORTS.emulator}`;
export const IDP_URL = `https://localhost:${E2E_PORTS.idp}`;
/** The BFF's step-up window in the e2e system (its minimum): a reveal later than this after sign-in steps up. */
export const STEP_UP_MAX_AGE_SECONDS = 30;
