// The API reference (/api/docs) is Scalar, served by the BFF itself: it renders the operations of
// the OpenAPI document under its own CSP without a single refusal, a call tried from it with the
// operator's bearer token goes to this origin, and the browser contacts no host but this machine
// (no CDN, fonts, telemetry, proxy or agent).
import { accessTokenOf } from "../support/bff-api.ts";
import { expect, test } from "../support/fixtures.ts";
import { signIn } from "../support/sign-in.ts";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

interface OpenApiDocument {
  paths: Record<string, Record<string, { summary?: string }>>;
}

test("the API reference renders the document and tries a call, from this origin alone", async ({ page }) => {
  // The console (signed in first, for a token) is under its own CSP, checked by every journey.
  await signIn(page, "operator");
  const token = await accessTokenOf(page);
  const refused: string[] = [];
  const offMachine: string[] = [];
  page.on("console", (message) => {
    // Trusted Types refusals do not name the CSP: count them too.
    if (/Content Security Policy|requires 'Trusted/.test(message.text())) refused.push(message.text());
  });
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && !LOOPBACK.has(url.hostname)) offMachine.push(request.url());
  });

  const document = (await (await page.request.get("/api/openapi.json")).json()) as OpenApiDocument;
  const summaryOf = (path: string, method: string) => document.paths[path]?.[method]?.summary ?? "";
  const me = summaryOf("/api/me", "get");
  const openapi = summaryOf("/api/openapi.json", "get");
  expect(me && openapi, "the document names these operations").toBeTruthy();

  const response = await page.goto("/api/docs");
  expect(response?.headers()["content-security-policy"]).toContain("connect-src 'self';");
  await expect(page).toHaveTitle("Keyturn API reference");
  await expect(page.getByRole("heading", { level: 1, name: "Keyturn BFF" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: me })).toBeVisible();
  const sidebar = page.getByRole("complementary");
  await sidebar.getByRole("button", { name: "Open Group - docs" }).click();
  await expect(sidebar.getByRole("link", { name: new RegExp(`^${openapi}`) })).toBeVisible();

  // Try GET /api/me with the operator's token: the request goes here, not through a proxy.
  await page.getByRole("textbox", { name: "Bearer Token" }).fill(token);
  await page
    .getByRole("region", { name: me })
    .getByRole("button", { name: /Test Request/ })
    .click();
  const client = page.getByRole("dialog", { name: "API Client" });
  const call = page.waitForResponse((answer) => new URL(answer.url()).pathname === "/api/me");
  await client.getByRole("button", { name: "Send get request to /api/me" }).click();
  expect((await call).status()).toBe(200);
  await expect(client.getByText("200 OK")).toBeVisible();
  await page.waitForLoadState("networkidle");

  expect(refused, "the browser refused nothing under the page's CSP").toEqual([]);
  expect(offMachine, "no request left this machine").toEqual([]);
});
