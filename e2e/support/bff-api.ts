// Direct calls to the BFF with a signed-in user's own access token — the one the SPA holds (MSAL's
// cache in sessionStorage), so a test can do what that user could do with curl.
import { expect, type Page } from "@playwright/test";

interface MsalAccessToken {
  credentialType?: string;
  secret?: string;
  target?: string;
  expiresOn?: string;
}

/** The user's access token for the Keyturn API, read from MSAL's sessionStorage cache. */
export async function accessTokenOf(page: Page): Promise<string> {
  const entries = await page.evaluate(() =>
    Object.keys(sessionStorage).map((key) => sessionStorage.getItem(key) ?? ""),
  );
  const tokens = entries
    .map((raw): MsalAccessToken | undefined => {
      try {
        return JSON.parse(raw) as MsalAccessToken;
      } catch {
        return undefined;
      }
    })
    .filter((entry) => entry?.credentialType === "AccessToken" && entry.target?.includes("access_as_user"))
    .sort((a, b) => Number(b?.expiresOn ?? 0) - Number(a?.expiresOn ?? 0));
  const token = tokens[0]?.secret;
  expect(token, "an API access token in MSAL's session cache").toBeTruthy();
  return token as string;
}

export interface BffAnswer {
  status: number;
  text: string;
}

/**
 * One call to the BFF as that user, with any extra headers (If-Match) (no browser involved; the answer
 * is returned, not thrown).
 */
export async function callBff(
  page: Page,
  method: "GET" | "POST" | "PATCH",
  path: string,
  token: string,
  headers: Record<string, string> = {},
): Promise<BffAnswer> {
  const response = await page.request.fetch(path, {
    method,
    headers: { ...headers, authorization: `Bearer ${token}` },
    failOnStatusCode: false,
  });
  return { status: response.status(), text: await response.text() };
}

/** A deployment's keys' ETag, as `GET …/keys` answers it: the If-Match a regeneration needs. */
export async function keysEtagOf(
  page: Page,
  workspace: string,
  name: string,
  token: string,
): Promise<string> {
  const keys = await callBff(page, "GET", `/api/deployments/${workspace}/${name}/keys`, token);
  expect(keys.status, "GET …/keys").toBe(200);
  const { etag } = JSON.parse(keys.text) as { etag?: string };
  expect(etag, "the keys' ETag").toBeTruthy();
  return etag as string;
}
