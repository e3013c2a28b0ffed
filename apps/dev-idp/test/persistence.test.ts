import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { describe, expect } from "vitest";
import {
  API_AUDIENCE,
  getServicePrincipalToken,
  MANAGEMENT_AUDIENCE,
  SERVICE_PRINCIPALS,
  signInAs,
} from "../src/index.ts";
import { fetchJson, it, verifyJwt } from "./support/fixtures.ts";

describe("persistence across a restart", () => {
  it("keeps the certificate and signing key, so earlier tokens still verify", async ({ startIdp }) => {
    const first = await startIdp();
    const { dataDir } = first;
    const port = new URL(first.issuer).port;
    const { accessToken } = await signInAs(first.issuer, "operator@keyturn.test", first.caCertPem);
    const { bff } = SERVICE_PRINCIPALS;
    const appToken = await getServicePrincipalToken(
      first.issuer,
      bff.clientId,
      bff.defaultSecret,
      first.caCertPem,
    );
    const jwksBefore = await fetchJson(first, `${first.issuer}/jwks`);
    await first.close();

    const idpDir = path.join(dataDir, "dev-idp");
    expect((await stat(path.join(idpDir, "jwks.json"))).mode & 0o077).toBe(0);
    expect((await stat(path.join(idpDir, "tls", "key.pem"))).mode & 0o077).toBe(0);

    const second = await startIdp({ dataDir, port: Number(port) });
    expect(second.issuer).toBe(first.issuer);
    expect(second.caCertPem).toBe(first.caCertPem);
    expect(await readFile(second.caCertPath, "utf8")).toBe(first.caCertPem);
    expect(await fetchJson(second, `${second.issuer}/jwks`)).toEqual(jwksBefore);
    // The new process serves the old certificate (the CA the client trusts) and verifies old tokens.
    expect((await verifyJwt(second, accessToken, API_AUDIENCE)).preferred_username).toBe(
      "operator@keyturn.test",
    );
    expect((await verifyJwt(second, appToken, MANAGEMENT_AUDIENCE)).appid).toBe(bff.clientId);
  });
});
