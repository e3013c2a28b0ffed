import { describe, expect, it } from "vitest";
import { fakeApi, json } from "../../testing/fake-api";
import { fetchAuthConfig } from "./auth-config";

const answer = (authority: string) => ({
  auth: {
    authority,
    clientId: "keyturn-console",
    scopes: ["api://keyturn/access"],
    protocolMode: "OIDC",
    knownAuthorities: ["localhost:8081"],
  },
});

describe("fetchAuthConfig", () => {
  it("reads the sign-in settings of GET /api/config", async () => {
    fakeApi({ "GET /api/config": () => json(answer("https://localhost:8081")) });
    expect(await fetchAuthConfig()).toEqual(answer("https://localhost:8081").auth);
  });

  it("refuses an http or unreadable authority: MSAL signs in over https only", async () => {
    for (const authority of ["http://localhost:8081", "not a url"]) {
      fakeApi({ "GET /api/config": () => json(answer(authority)) });
      await expect(fetchAuthConfig()).rejects.toMatchObject({ code: "internal_error", status: 502 });
    }
  });
});
