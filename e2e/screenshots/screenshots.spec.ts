// Saves a picture of each main screen into docs/screenshots/ (the README shows them). Run with
// `pnpm --filter @keyturn/e2e screenshots`: it starts the same system as the journeys.
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { type PersonaName, signIn } from "../support/sign-in.ts";

const OUT = fileURLToPath(new URL("../../docs/screenshots/", import.meta.url));
const DEPLOYMENT = "/deployments/ws-prod-eastus";

test.use({ viewport: { width: 1280, height: 800 } });

async function shoot(page: Page, file: string) {
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("progressbar")).toHaveCount(0, { timeout: 30_000 });
  await page.screenshot({ path: `${OUT}${file}.png` });
}

const screens: Array<[file: string, who: PersonaName, path: string, ready: (page: Page) => Promise<void>]> = [
  [
    "inventory",
    "operator",
    "/inventory",
    (p) => expect(p.getByRole("main")).toContainText("churn-predictor"),
  ],
  ["deployment-auth", "operator", `${DEPLOYMENT}/churn-predictor?tab=auth`, async () => {}],
  ["keys", "support", `${DEPLOYMENT}/churn-predictor?tab=keys`, async () => {}],
  [
    "token",
    "operator",
    `${DEPLOYMENT}/fraud-scoring?tab=token`,
    async (p) => {
      await p.getByRole("button", { name: "Get a token" }).click();
      await expect(p.getByRole("timer").first()).toBeVisible({ timeout: 30_000 });
    },
  ],
  ["test-console", "operator", `${DEPLOYMENT}/churn-predictor?tab=testConsole`, async () => {}],
  ["snippets", "operator", `${DEPLOYMENT}/fraud-scoring?tab=snippets`, async () => {}],
  ["new-deployment", "operator", "/deployments/new", async () => {}],
  ["posture", "lead", "/posture", (p) => expect(p.getByRole("main")).toContainText("churn-predictor")],
  ["audit-log", "lead", "/audit", async () => {}],
  ["settings", "admin", "/settings", (p) => expect(p.getByRole("main")).toContainText("keyturn-dev")],
  ["endpoint-auth", "operator", "/endpoints/ws-research-japaneast/vision-online?tab=auth", async () => {}],
  ["endpoint-snippets", "operator", "/endpoints/ws-prod-eastus/churn-online?tab=snippets", async () => {}],
  [
    "way-to-v2",
    "lead",
    `${DEPLOYMENT}/churn-predictor/migration`,
    (p) => expect(p.getByRole("main")).toContainText("churn-predictor"),
  ],
  [
    "rotation",
    "support",
    `${DEPLOYMENT}/churn-predictor?tab=keys`,
    async (p) => {
      await p.getByRole("button", { name: "Rotate the keys…" }).click();
      await expect(p.getByRole("alertdialog")).toBeVisible();
    },
  ],
];

test("screenshot: phone-inventory", async ({ page }) => {
  await signIn(page, "support", "/inventory");
  // After signing in: at phone width the header keeps the user's name in the account menu.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole("main")).toContainText("churn-predictor", { timeout: 30_000 });
  await shoot(page, "phone-inventory");
});

for (const [file, who, path, ready] of screens) {
  test(`screenshot: ${file}`, async ({ page }) => {
    await signIn(page, who, path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible({ timeout: 30_000 });
    await ready(page);
    await shoot(page, file);
  });
}
