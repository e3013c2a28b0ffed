import { decodeJwt } from "jose";
import { describe, expect } from "vitest";
import { API_AUDIENCE, CONSOLE_CLIENT_ID, OAuthError, PERSONAS } from "../src/index.ts";
import { it as base, CONSOLE_ORIGIN, verifyJwt } from "./support/fixtures.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The console's refresh grant (from its origin), optionally asking for `scope`. */
const it = base.extend(
  "refresh",
  { scope: "file" },
  ({ token }) =>
    (refreshToken: string, scope?: string) => {
      const form = { grant_type: "refresh_token", refresh_token: refreshToken, client_id: CONSOLE_CLIENT_ID };
      return token(scope ? { ...form, scope } : form, { origin: CONSOLE_ORIGIN });
    },
);
it.override("idpOptions", { accessTokenTtlSeconds: 300 });

describe("authorization code + PKCE with login_hint", () => {
  it.for(PERSONAS)("signs in $email with Entra-shaped claims", async (persona, { idp, signIn }) => {
    const before = Math.floor(Date.now() / 1000);
    const tokens = await signIn(persona.email);

    // Who signed in, in both tokens as Entra names it.
    const person = {
      sub: persona.oid,
      oid: persona.oid,
      tid: persona.tid,
      name: persona.name,
      preferred_username: persona.email,
      roles: [...persona.roles],
    };
    const access = await verifyJwt(idp, tokens.accessToken, API_AUDIENCE);
    expect(access).toMatchObject({
      ...person,
      aud: API_AUDIENCE,
      iss: idp.issuer,
      scp: "access_as_user",
      client_id: CONSOLE_CLIENT_ID,
    });
    expect(access.auth_time).toBeGreaterThanOrEqual(before);
    expect(Number(access.exp) - Number(access.iat)).toBe(300);

    const id = await verifyJwt(idp, tokens.idToken, CONSOLE_CLIENT_ID);
    expect(id).toMatchObject({ ...person, auth_time: access.auth_time });
  });

  it("refuses a login_hint that names no persona (the sign-in page would be shown)", async ({ signIn }) => {
    await expect(signIn("nobody@keyturn.test")).rejects.toThrow(/200/);
  });

  it("switches account when login_hint names another persona than the session's", async ({ signIn }) => {
    const cookies = new Map<string, string>();
    await signIn("operator@keyturn.test", { cookies });
    const tokens = await signIn("lead@keyturn.test", { cookies });
    expect(decodeJwt(tokens.accessToken)).toMatchObject({ preferred_username: "lead@keyturn.test" });
  });
});

describe("refresh tokens", () => {
  it("gives a new access token for the same sign-in, and rotates the refresh token", async ({
    idp,
    signIn,
    refresh,
  }) => {
    const tokens = await signIn("support@keyturn.test");
    const first = decodeJwt(tokens.accessToken);
    const refreshed = await refresh(tokens.refreshToken);

    expect(refreshed.access_token).not.toBe(tokens.accessToken);
    expect(refreshed.refresh_token).toBeDefined();
    expect(refreshed.refresh_token).not.toBe(tokens.refreshToken);
    const claims = await verifyJwt(idp, refreshed.access_token, API_AUDIENCE);
    expect(claims).toMatchObject({ oid: first.oid, roles: ["KeyRotator"], auth_time: first.auth_time });
    expect(claims.jti).not.toBe(first.jti);

    // A rotated-away refresh token is dead (and, being replayed, revokes the chain).
    await expect(refresh(tokens.refreshToken)).rejects.toMatchObject({ error: "invalid_grant" });
  });

  it("issues a refresh token even though offline_access is dropped (the MSAL trap)", async ({
    signIn,
    refresh,
  }) => {
    const scope = `openid profile offline_access ${API_AUDIENCE}/access_as_user`;
    const tokens = await signIn("admin@keyturn.test", { scope });
    expect(tokens.refreshToken).toBeTruthy();
    // Asking for offline_access again on refresh is what MSAL does by default: refused, hence
    // defaultScopes ["openid", "profile"] in the console (see README).
    await expect(refresh(tokens.refreshToken, scope)).rejects.toBeInstanceOf(OAuthError);
  });
});

describe("max_age step-up", () => {
  it("re-authenticates a session older than max_age and updates auth_time", async ({ signIn }) => {
    const cookies = new Map<string, string>();
    const first = decodeJwt((await signIn("operator@keyturn.test", { cookies })).accessToken);
    await sleep(2100);

    // Same session, no max_age: single sign-on, the original auth_time.
    const sso = await signIn("operator@keyturn.test", { cookies });
    expect(decodeJwt(sso.accessToken).auth_time).toBe(first.auth_time);
    // A generous max_age is satisfied by the session as it is.
    const lenient = await signIn("operator@keyturn.test", { cookies, maxAge: 600 });
    expect(decodeJwt(lenient.accessToken).auth_time).toBe(first.auth_time);

    // max_age smaller than the session's age: a fresh sign-in.
    const stepUp = await signIn("operator@keyturn.test", { cookies, maxAge: 1 });
    const access = decodeJwt(stepUp.accessToken);
    expect(access.auth_time).toBeGreaterThanOrEqual((first.auth_time as number) + 2);
    expect(decodeJwt(stepUp.idToken).auth_time).toBe(access.auth_time);
  });
});
