// On a phone (390 px wide) every screen fits its width: nothing scrolls sideways, the navigation is a
// drawer and the account a menu, the inventory, posture and audit tables are lists of cards, so on-call
// support can rotate a key from a phone. From 768 px up, beside the side navigation, the inventory keeps
// the columns that fit (cards where even its main ones do not), with nothing scrolling sideways either.
import type { Locator, Page, TestInfo } from "@playwright/test";
import { expectAccessible } from "../support/a11y.ts";
import { deploymentPath } from "../support/console-pages.ts";
import { expect, test } from "../support/fixtures.ts";
import { PERSONAS, type PersonaName, signIn as signInWide } from "../support/sign-in.ts";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const WORKSPACE = "ws-prod-eastus";

/** How far the page scrolls sideways (0 when it fits). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The innermost elements reaching past the page's right edge (so a failure says what sticks out). */
const stickingOut = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [...document.querySelectorAll("body *")].filter(
      (el) => el.getBoundingClientRect().right > width + 0.5 && el.getBoundingClientRect().width > 0,
    );
    return out
      .filter((el) => !out.some((other) => other !== el && el.contains(other)))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 40)}"`);
  });

async function expectFits(page: Page, screen: string): Promise<void> {
  await page.waitForLoadState("networkidle");
  const overflow = await sidewaysOverflow(page);
  const culprits = overflow > 0 ? ` (${(await stickingOut(page)).join(", ")})` : "";
  const width = page.viewportSize()?.width;
  expect(overflow, `${screen} scrolls sideways at ${width} px${culprits}`).toBeLessThanOrEqual(0);
}

/** Elements whose own content scrolls sideways inside them (a wide table in a scrolling box). */
const scrollingInside = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((el) => {
        const { overflowX } = getComputedStyle(el);
        return (overflowX === "auto" || overflowX === "scroll") && el.scrollWidth > el.clientWidth + 1;
      })
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 40)}"`),
  );

/**
 * A screen whose rows are cards on a phone: the list is there with its cards, no table of `tables`
 * is, nothing scrolls sideways (neither the page nor a box inside it), and axe finds no violation.
 */
async function expectCards(
  page: Page,
  screen: string,
  list: Locator,
  tables: RegExp,
  testInfo: TestInfo,
): Promise<void> {
  await expect(list).toBeVisible();
  await expect(list.getByRole("listitem").first()).toBeVisible();
  await expect(page.getByRole("table", { name: tables }), `${screen} shows no table`).toHaveCount(0);
  await expectFits(page, screen);
  expect(await scrollingInside(page), `nothing of ${screen} scrolls sideways inside`).toEqual([]);
  await expectAccessible(page, `${screen} as cards on a phone`, testInfo);
}

/**
 * Signs a persona in as on a phone: the top bar has no room for the name, so the sign-in is done once
 * the account menu's button names them.
 */
async function signIn(page: Page, persona: PersonaName, path = "/"): Promise<void> {
  const { email, name } = PERSONAS[persona];
  await page.goto(`${path}${path.includes("?") ? "&" : "?"}login_hint=${encodeURIComponent(email)}`);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: `Account: ${name}` })).toBeVisible({ timeout: 30_000 });
}

const TABS = ["overview", "auth", "keys", "token", "testConsole", "snippets"] as const;

test("an operator's screens fit a phone, with the navigation in a drawer", async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  await signIn(page, "operator");
  await expect(page.getByRole("heading", { level: 1, name: "Inventory" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  const deployments = page.getByRole("list", { name: /^\d+ deployments/ });
  await expectCards(page, "inventory", deployments, /deployments/, testInfo);
  // The order is a select where the headers were, and the address bar keeps it. A card's title is
  // the first thing in it (its findings follow).
  const names = () =>
    deployments
      .getByRole("listitem")
      .evaluateAll((cards) => cards.map((card) => card.querySelector("span")?.textContent ?? ""));
  const [first] = await names();
  await page.getByRole("combobox", { name: "Sort by" }).selectOption({ label: "Name, descending" });
  await expect(page).toHaveURL(/sort=name&order=desc/);
  await expect
    .poll(async () => {
      const shown = await names();
      return shown.length > 1 && shown[0] !== first && shown.join() === [...shown].sort().reverse().join();
    }, "the cards by name, Z to A")
    .toBe(true);

  await page.getByRole("button", { name: "Open the navigation" }).click();
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav).toBeVisible();
  await expectAccessible(page, "navigation drawer on a phone", testInfo);
  await nav.getByRole("link", { name: "Posture" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Posture" })).toBeVisible();
  await expect(nav).toBeHidden();
  await expectCards(
    page,
    "posture",
    page.getByRole("list", { name: "Findings" }),
    /^(Findings|By workspace)$/,
    testInfo,
  );
  await expect(page.getByRole("list", { name: "By workspace" })).toBeVisible();

  for (const name of ["churn-predictor", "credit-risk-dr"]) {
    for (const tab of TABS) {
      await page.goto(deploymentPath(WORKSPACE, name, tab === "overview" ? undefined : tab));
      await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
      await expect(page.getByRole("tabpanel").first()).toBeVisible();
      await expectFits(page, `${name} ${tab}`);
    }
  }

  await page.goto(`/endpoints/${WORKSPACE}/churn-online?tab=snippets`);
  await expect(page.getByRole("heading", { level: 1, name: "churn-online" })).toBeVisible();
  await expect(page.getByRole("tabpanel").first()).toBeVisible();
  await expectFits(page, "churn-online snippets");

  // New deployment last: a draft asks before the page is left.
  await page.goto("/deployments/new");
  await expect(page.getByRole("heading", { level: 1, name: "New deployment" })).toBeVisible();
  await expectFits(page, "new deployment");
  await page.getByRole("combobox", { name: "Workspace" }).selectOption(WORKSPACE);
  await page.getByRole("textbox", { name: "Service name" }).fill("phone-check");
  await page.getByRole("radio", { name: /^AKS/ }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("combobox", { name: "AKS cluster" }).click();
  await page.getByRole("option", { name: "aks-prod-eastus (East US)" }).click();
  await expectFits(page, "new deployment's resources with the cluster picker");

  await page.getByRole("button", { name: "Account: Olivia Operator" }).click();
  await expect(page.getByRole("menuitem", { name: "Sign out" })).toBeVisible();
  await expectAccessible(page, "account menu on a phone", testInfo);
});

test("support can open a key's regenerate confirmation and the rotation wizard on a phone", async ({
  page,
}) => {
  await signIn(page, "support", deploymentPath(WORKSPACE, "churn-predictor", "keys"));
  const secondary = page.getByRole("region", { name: "Secondary key" });
  await expect(secondary).toBeVisible();
  const box = await secondary.boundingBox();
  expect(box && box.x + box.width, "the key card within the screen").toBeLessThanOrEqual(390);
  await secondary.getByRole("button", { name: "Regenerate Secondary key" }).click();
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await expectFits(page, "regenerate confirmation");
  await page.keyboard.press("Escape");

  await page.getByRole("button", { name: "Rotate the keys…" }).click();
  await expect(page.getByRole("alertdialog", { name: "Rotate the keys of churn-predictor" })).toBeVisible();
  await expectFits(page, "rotation wizard");
  await page.keyboard.press("Escape");
});

test("an admin's audit log and settings fit a phone", async ({ page }, testInfo) => {
  await signIn(page, "admin");
  await page.goto("/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  // A fresh system has recorded sign-ins only, hidden until shown.
  await page.getByRole("switch", { name: "Show sign-ins" }).check();
  await expectCards(
    page,
    "Audit log",
    page.getByRole("list", { name: /records, newest first/ }),
    /records/,
    testInfo,
  );

  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  // Its later sections, loaded: rotation policies and webhooks.
  await expect(page.getByRole("heading", { name: "Rotation policies" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Webhooks" })).toBeVisible();
  await expectFits(page, "Settings");
});

/** The column headers whose words are cut ("Comp…"): the header cell or its sort button narrower than its text. */
const cutHeaders = (table: Locator) =>
  table
    .getByRole("columnheader")
    .evaluateAll((headers) =>
      headers
        .filter((th) =>
          [th, ...th.children].some((el) => el.scrollWidth > el.clientWidth + 1 || el.clientWidth === 0),
        )
        .map((th) => th.textContent ?? ""),
    );

const MAIN_COLUMNS = ["Name", "Workspace", "Authentication", "Findings"];
const ALL_COLUMNS = ["Name", "Workspace", "Compute", "Authentication", "Region", "State", "Findings"];

test.describe("beside the side navigation", () => {
  test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });

  test("the inventory fits every width from 768 px: its main columns whole, or cards, never a box scrolling sideways", async ({
    page,
  }, testInfo) => {
    await signInWide(page, "operator");
    await expect(page.getByRole("heading", { level: 1, name: "Inventory" })).toBeVisible();
    const table = page.getByRole("table", { name: /^\d+ deployments/ });
    const cards = page.getByRole("list", { name: /^\d+ deployments/ });
    const headers = () => table.getByRole("columnheader").allTextContents();

    for (const width of [768, 900, 1000, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
      await expect(table.or(cards)).toBeVisible();
      await expectFits(page, "inventory");
      expect(
        await scrollingInside(page),
        `nothing of the inventory scrolls sideways inside at ${width} px`,
      ).toEqual([]);
      if (await table.isVisible()) {
        const shown = await headers();
        expect(shown, `the main columns at ${width} px`).toEqual(expect.arrayContaining(MAIN_COLUMNS));
        expect(await cutHeaders(table), `no header cut at ${width} px`).toEqual([]);
      }
    }
    // At 1280 px every column fits; at 768 px (480 px beside the navigation) even the main ones do not.
    await expect.poll(headers).toEqual(ALL_COLUMNS);
    await page.setViewportSize({ width: 768, height: 800 });
    await expect(cards.getByRole("listitem").first()).toBeVisible();
    await expect(table).toHaveCount(0);
    await expectAccessible(page, "inventory as cards at 768 px", testInfo);

    // At 900 px the table has fewer columns and still sorts by its headers, its rows virtualised.
    await page.setViewportSize({ width: 900, height: 800 });
    await expect(table).toBeVisible();
    await table.getByRole("button", { name: "Workspace" }).click();
    await expect(page).toHaveURL(/sort=workspace&order=asc/);
    await expect(table.getByRole("columnheader", { name: "Workspace" })).toHaveAttribute(
      "aria-sort",
      "ascending",
    );
    await expect(table.getByRole("row").nth(1)).toContainText("ws-edge-southcentralus");
    expect(await cutHeaders(table), "no header cut once sorted (its arrow shown)").toEqual([]);
    // A value its column cuts ("ws-edge-southcen…") shows whole on hover.
    await table.getByRole("row").nth(1).getByText("ws-edge-southcentralus").hover();
    await expect(page.getByRole("tooltip")).toHaveText("ws-edge-southcentralus");
    await expectAccessible(page, "inventory at 900 px", testInfo);
  });
});
