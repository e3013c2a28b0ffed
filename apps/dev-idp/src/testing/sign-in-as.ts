import { createHash, randomBytes } from "node:crypto";
import { decodeJwt } from "jose";
import { API_SCOPE, CONSOLE_CLIENT_ID } from "../constants.ts";
import { readAutoSubmitForm } from "./auto-submit-form.ts";
import { cookieHeader, storeCookies } from "./cookie-jar.ts";
import { discover, OAuthError, type TrustedFetch, tokenRequest, trustedFetch } from "./http.ts";

export interface SignInOptions {
  /** Default `openid profile api://keyturn/access_as_user` (what the console asks for). */
  scope?: string;
  /** OIDC max_age: a session older than this must sign in again (step-up). */
  maxAge?: number;
  /** Default http://localhost:8080/redirect.html (the console's redirect bridge). */
  redirectUri?: string;
  /** Pass the same Map to several calls to keep one dev-idp session (SSO, step-up). */
  cookies?: Map<string, string>;
}

export interface SignInTokens {
  accessToken: string;
  idToken: string;
  refreshToken: string;
}

const MAX_HOPS = 10;

/**
 * Signs a persona in as the console would: authorization code + PKCE (S256) with login_hint,
 * following dev-idp's interaction redirects with a cookie jar, then the code exchange with the
 * console's Origin. Checks state, iss (RFC 9207) and the ID token's nonce on the way.
 */
export async function signInAs(
  issuerUrl: string,
  personaEmail: string,
  caCertPem: string,
  options: SignInOptions = {},
): Promise<SignInTokens> {
  const http = trustedFetch(caCertPem);
  try {
    const metadata = await discover(http, issuerUrl);
    const redirectUri = options.redirectUri ?? "http://localhost:8080/redirect.html";
    const verifier = randomBytes(32).toString("base64url");
    const state = randomBytes(16).toString("base64url");
    const nonce = randomBytes(16).toString("base64url");
    const authorize = new URL(metadata.authorization_endpoint);
    for (const [name, value] of Object.entries({
      client_id: CONSOLE_CLIENT_ID,
      response_type: "code",
      redirect_uri: redirectUri,
      scope: options.scope ?? `openid profile ${API_SCOPE}`,
      code_challenge: createHash("sha256").update(verifier).digest("base64url"),
      code_challenge_method: "S256",
      login_hint: personaEmail,
      state,
      nonce,
      ...(options.maxAge === undefined ? {} : { max_age: String(options.maxAge) }),
    })) {
      authorize.searchParams.set(name, value);
    }

    const jar = options.cookies ?? new Map<string, string>();
    const callback = await followToRedirectUri(http, authorize, redirectUri, jar);
    const code = readAuthorizationResponse(callback, state, metadata.issuer);

    const tokens = await tokenRequest(
      http,
      metadata.token_endpoint,
      {
        grant_type: "authorization_code",
        code,
        redirect_uri: redirectUri,
        client_id: CONSOLE_CLIENT_ID,
        code_verifier: verifier,
      },
      { origin: new URL(redirectUri).origin },
    );
    if (!tokens.id_token || !tokens.refresh_token) {
      throw new Error("token response lacks id_token or refresh_token");
    }
    if (decodeJwt(tokens.id_token).nonce !== nonce) throw new Error("ID token nonce does not match");
    return { accessToken: tokens.access_token, idToken: tokens.id_token, refreshToken: tokens.refresh_token };
  } finally {
    await http.close();
  }
}

/**
 * Follows the issuer's redirects (and its self-submitting forms) until one leaves for the redirect
 * URI; never fetches that URI.
 */
async function followToRedirectUri(
  http: TrustedFetch,
  start: URL,
  redirectUri: string,
  jar: Map<string, string>,
): Promise<URL> {
  const target = new URL(redirectUri);
  let url = start;
  let form: URLSearchParams | undefined;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const response = await http(url, {
      redirect: "manual",
      ...(form ? { method: "POST", body: form.toString() } : {}),
      headers: {
        ...cookieHeader(jar),
        ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
    });
    storeCookies(jar, response);
    const body = await response.text();
    const location = response.headers.get("location");
    const autoSubmit = response.status === 200 ? readAutoSubmitForm(body, url) : undefined;
    if (autoSubmit) {
      [url, form] = [autoSubmit.action, autoSubmit.fields];
    } else if (response.status >= 300 && response.status <= 399 && location) {
      [url, form] = [new URL(location, url), undefined];
      if (url.origin === target.origin && url.pathname === target.pathname) return url;
    } else {
      const title = /<title>([^<]*)<\/title>/.exec(body)?.[1] ?? "";
      throw new Error(`sign-in stopped at ${url.pathname} with ${response.status} ${title}`.trim());
    }
    if (url.origin !== start.origin) throw new Error(`unexpected navigation to ${url.origin}`);
  }
  throw new Error(`sign-in did not finish within ${MAX_HOPS} steps`);
}

function readAuthorizationResponse(callback: URL, state: string, issuer: string): string {
  const params = callback.searchParams;
  const error = params.get("error");
  if (error) throw new OAuthError(400, error, params.get("error_description") ?? undefined);
  if (params.get("state") !== state) throw new Error("authorization response state does not match");
  if (params.get("iss") !== issuer) throw new Error(`authorization response iss is not ${issuer}`);
  const code = params.get("code");
  if (!code) throw new Error("authorization response has no code");
  return code;
}
