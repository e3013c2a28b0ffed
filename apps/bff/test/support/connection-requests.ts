import type { ConnectionBody } from "@keyturn/api-contract";
import { SERVICE_PRINCIPALS } from "@keyturn/dev-idp";
import type { AppType } from "../../src/client-types.ts";
import type { DeploymentsSetup } from "./deployments-setup.ts";

/** The emulator's subscription (apps/emulator seeds every workspace under it). */
export const EMULATOR_SUBSCRIPTION = "00000000-0000-0000-0000-000000000000";

/** The connection routes (`/api/connections`) through the typed client, as the Admin persona. */
export const adminConnections = (s: DeploymentsSetup, app: AppType = s.app) =>
  s.client("admin", app).api.connections;

/** A `POST /api/connections` body reaching the emulator's resource group with the BFF's own principal. */
export const emulatorConnectionBody = (
  s: DeploymentsSetup,
  overrides: Partial<ConnectionBody> = {},
): ConnectionBody => ({
  name: "Emulator",
  subscriptionId: EMULATOR_SUBSCRIPTION,
  resourceGroup: "keyturn-dev",
  baseUrl: s.fx.emulator.url,
  credential: {
    kind: "client_secret",
    authority: s.fx.idp.issuer,
    clientId: SERVICE_PRINCIPALS.bff.clientId,
    clientSecret: SERVICE_PRINCIPALS.bff.defaultSecret,
  },
  ...overrides,
});

/** The same, its token issuer at an address nothing answers (the discard port on loopback). */
export const unreachableIssuerBody = (s: DeploymentsSetup, overrides: Partial<ConnectionBody> = {}) =>
  emulatorConnectionBody(s, {
    name: "Unreachable issuer",
    credential: {
      kind: "client_secret",
      authority: "https://127.0.0.1:9/idp",
      clientId: SERVICE_PRINCIPALS.bff.clientId,
      clientSecret: SERVICE_PRINCIPALS.bff.defaultSecret,
    },
    ...overrides,
  });
