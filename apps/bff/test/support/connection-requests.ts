import { SERVICE_PRINCIPALS } from "@keyturn/dev-idp";
import type { DeploymentsSetup } from "./deployments-setup.ts";

/** The emulator's subscription (apps/emulator seeds every workspace under it). */
export const EMULATOR_SUBSCRIPTION = "00000000-0000-0000-0000-000000000000";

type App = ReturnType<DeploymentsSetup["build"]>["app"];

/** Requests to `app` as the Admin persona, with a JSON body when one is given. */
export const adminCaller =
  (s: DeploymentsSetup, app: App = s.app) =>
  async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.request(path, {
      method,
      headers: { ...(await s.auth("admin")), "Content-Type": "application/json", ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

/** A `POST /api/connections` body reaching the emulator's resource group with the BFF's own principal. */
export const emulatorConnectionBody = (s: DeploymentsSetup, overrides: Record<string, unknown> = {}) => ({
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
