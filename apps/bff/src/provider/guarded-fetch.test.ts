import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type LoopbackServer,
  startCaptureServer,
  startRedirectServer,
} from "../../test/support/loopback-servers.ts";
import { testConfig } from "../../test/support/test-app.ts";
import { tokenSources } from "./access-token.ts";
import { AZURE_PUBLIC_CLOUD_HOSTS } from "./allowed-hosts.ts";
import { DestinationRefusedError, guardedFetch } from "./guarded-fetch.ts";

let capture: LoopbackServer;
beforeAll(async () => {
  capture = await startCaptureServer();
});
afterAll(() => capture?.close());

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e,
  );

describe("the guarded fetch of requests carrying a credential", () => {
  it.each([301, 302, 303, 307, 308])("refuses a %i answer and never follows it", async (status) => {
    const redirect = await startRedirectServer(capture.url, status);
    try {
      const error = await refusal(
        guardedFetch(null, fetch)(`${redirect.url}/token`, {
          method: "POST",
          headers: { authorization: "Bearer t0ken" },
          body: "client_secret=s3cret",
        }),
      );
      expect(error).toBeInstanceOf(DestinationRefusedError);
      expect(error).toMatchObject({ code: "provider_redirect_refused" });
      expect(redirect.received).toHaveLength(1);
      expect(capture.received).toEqual([]);
    } finally {
      await redirect.close();
    }
  });

  it("refuses a host outside the policy before anything is sent", async () => {
    const error = await refusal(guardedFetch({ hosts: AZURE_PUBLIC_CLOUD_HOSTS }, fetch)(capture.url));
    expect(error).toMatchObject({ code: "provider_host_not_allowed" });
    expect(capture.received).toEqual([]);
    expect((await guardedFetch(null, fetch)(capture.url)).status).toBe(200); // development
    capture.received.length = 0;
  });

  it("an @azure/identity source refuses an authority outside the policy before asking it", async () => {
    const config = testConfig({ KEYTURN_PROVIDER_CREDENTIAL: "azure-identity" }).provider;
    const { main } = tokenSources(
      {
        kind: "client_secret",
        value: {
          authority: "https://login.attacker.example/tenant-1",
          clientId: "app",
          clientSecret: "s3cret",
          scope: "https://management.azure.com/.default",
        },
      },
      { config, issuerFetch: fetch, hosts: { hosts: AZURE_PUBLIC_CLOUD_HOSTS } },
    );
    expect(await refusal(main())).toMatchObject({ code: "provider_host_not_allowed" });
  });
});
