import { createHash, randomBytes } from "node:crypto";
import { describe, expect } from "vitest";
import { API_SCOPE, CONSOLE_CLIENT_ID, PERSONAS } from "../src/index.ts";
import { cookieHeader, storeCookies } from "../src/testing/cookie-jar.ts";
import { OAuthError, type TrustedFetch } from "../src/testing/http.ts";
import { it as base, CONSOLE_ORIGIN } from "./support/fixtures.ts";

const REDIRECT_URI = `${CONSOLE_ORIGIN}/`;

/** A browser on one identity provider, with a cookie jar of its own. */
function browserOn(http: TrustedFetch, issuer: string) {
  const jar = new Map<string, string>();

  /** One browser step: a GET (or a form POST) with the jar's cookies, not following redirects. */
  async function step(url: string | URL, form?: Record<string, string>) {
    const response = await http(url, {
      redirect: "manual",
      ...(form ? { method: "POST", body: new URLSearchParams(form).toString() } : {}),
      headers: {
        ...cookieHeader(jar),
        ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
    });
    storeCookies(jar, response);
    const location = response.headers.get("location");
    return { response, body: await response.text(), location: location ? new URL(location, url) : undefined };
  }

  /** Starts an authorization request without login_hint and stops on the sign-in page. */
  async function openSignInPage(extra: Record<string, string> = {}) {
    const verifier = randomBytes(32).toString("base64url");
    const authorize = new URL(`${issuer}/auth`);
    authorize.search = new URLSearchParams({
      client_id: CONSOLE_CLIENT_ID,
      response_type: "code",
      redirect_uri: REDIRECT_URI,
      scope: `openid profile ${API_SCOPE}`,
      code_challenge: createHash("sha256").update(verifier).digest("base64url"),
      code_challenge_method: "S256",
      state: "page-test",
      ...extra,
    }).toString();
    const start = await step(authorize);
    expect(start.location?.pathname).toMatch(/^\/interaction\/[\w-]+$/);
    const page = await step(start.location as URL);
    return { ...page, pageUrl: start.location as URL, verifier };
  }

  return { jar, step, openSignInPage };
}

/** Each test has a fresh browser (an empty cookie jar) on the file's identity provider. */
const it = base.extend("browser", ({ idp, http }) => browserOn(http, idp.issuer));

describe("the sign-in page", () => {
  it("lists the five personas as labelled buttons, CSP-friendly", async ({ browser }) => {
    const { response, body } = await browser.openSignInPage();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("script-src");
    expect(body).toContain('<html lang="en">');
    expect(body).not.toMatch(/<script/i);
    expect(body).not.toMatch(/\sstyle=/i);
    for (const [index, persona] of PERSONAS.entries()) {
      expect(body).toContain(
        `<button type="submit" name="persona" value="${persona.email}" aria-describedby="persona-${index}">Sign in as ${persona.name}</button>`,
      );
      expect(body).toContain(`id="persona-${index}">${persona.email}`);
    }
    expect(body.match(/<button /g)).toHaveLength(PERSONAS.length);
  });

  it("signs in the persona whose button is pressed", async ({ idp, browser, token }) => {
    const { pageUrl, verifier } = await browser.openSignInPage();
    let next = (await browser.step(`${pageUrl.href}/login`, { persona: "support@keyturn.test" })).location;
    while (next && next.origin === idp.issuer) next = (await browser.step(next)).location;
    expect(next?.href.startsWith(REDIRECT_URI)).toBe(true);
    expect(next?.searchParams.get("state")).toBe("page-test");

    const tokens = await token({
      grant_type: "authorization_code",
      code: next?.searchParams.get("code") ?? "",
      redirect_uri: REDIRECT_URI,
      client_id: CONSOLE_CLIENT_ID,
      code_verifier: verifier,
    });
    const payload = JSON.parse(Buffer.from(tokens.access_token.split(".")[1] ?? "", "base64url").toString());
    expect(payload).toMatchObject({ preferred_username: "support@keyturn.test", roles: ["KeyRotator"] });
  });

  it("shows the page, with a notice, for a login_hint that is not a persona", async ({ browser }) => {
    const { response, body } = await browser.openSignInPage({ login_hint: "<b>nobody</b>" });
    expect(response.status).toBe(200);
    expect(body).toContain("No persona is called <code>&lt;b&gt;nobody&lt;/b&gt;</code>");
  });

  it("answers an unknown interaction with 400, not 500", async ({ idp, browser }) => {
    const { response } = await browser.step(`${idp.issuer}/interaction/does-not-exist`);
    expect(response.status).toBe(400);
  });
});

describe("sign-out", () => {
  it("returns to the console and ends the sign-in's refresh tokens", async ({
    idp,
    browser,
    signIn,
    token,
  }) => {
    const tokens = await signIn("lead@keyturn.test", { cookies: browser.jar });
    const endSession = new URL(`${idp.issuer}/session/end`);
    endSession.search = new URLSearchParams({
      id_token_hint: tokens.idToken,
      post_logout_redirect_uri: REDIRECT_URI,
      state: "bye",
    }).toString();

    const confirm = await browser.step(endSession);
    expect(confirm.response.status).toBe(200);
    expect(confirm.body).not.toMatch(/<script/i);
    expect(confirm.body).toContain(">Sign out</button>");
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(confirm.body)?.[1] ?? "";
    const done = await browser.step(`${idp.issuer}/session/end/confirm`, { xsrf, logout: "yes" });
    expect(done.location?.href).toBe(`${REDIRECT_URI}?state=bye`);

    const refresh = token(
      { grant_type: "refresh_token", refresh_token: tokens.refreshToken, client_id: CONSOLE_CLIENT_ID },
      { origin: CONSOLE_ORIGIN },
    );
    await expect(refresh).rejects.toBeInstanceOf(OAuthError);
    await expect(refresh).rejects.toMatchObject({ error: "invalid_grant" });
  });
});
