import { describe, expect, it } from "vitest";
import type { AuthConfig } from "./auth-config";
import { buildMsalConfiguration } from "./msal";

const devConfig: AuthConfig = {
  authority: "https://localhost:8443",
  clientId: "keyturn-console",
  scopes: ["api://keyturn/access_as_user"],
  protocolMode: "OIDC",
  knownAuthorities: ["localhost:8443"],
};

describe("MSAL configuration", () => {
  it("follows the verified recipe for a local OpenID provider", () => {
    const config = buildMsalConfiguration(devConfig, "http://localhost:8080");
    expect(config.system?.protocolMode).toBe("OIDC");
    expect(config.auth).toMatchObject({
      clientId: "keyturn-console",
      authority: "https://localhost:8443",
      knownAuthorities: ["localhost:8443"],
      redirectUri: "http://localhost:8080/redirect.html",
      postLogoutRedirectUri: "http://localhost:8080/",
      OIDCOptions: { defaultScopes: ["openid", "profile"] },
    });
    expect(config.cache?.cacheLocation).toBe("sessionStorage");
  });

  it("uses Entra mode without the OIDC scope override", () => {
    const config = buildMsalConfiguration(
      {
        ...devConfig,
        protocolMode: "AAD",
        authority: "https://login.microsoftonline.com/tenant-id",
        knownAuthorities: [],
      },
      "https://keyturn.example.com",
    );
    expect(config.system?.protocolMode).toBe("AAD");
    expect(config.auth.OIDCOptions).toBeUndefined();
    expect(config.auth.redirectUri).toBe("https://keyturn.example.com/redirect.html");
  });
});
