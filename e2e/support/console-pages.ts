// Moving around the console as a person does: the inventory's search, the deployment's tabs.
import { expect, type Page } from "@playwright/test";

export type DeploymentTab = "Overview" | "Authentication" | "Keys" | "Token" | "Test console" | "Snippets";

/** Finds a deployment by name in the inventory and opens it. */
export async function openFromInventory(page: Page, name: string): Promise<void> {
  await page.getByRole("link", { name: "Inventory" }).first().click();
  await page.getByRole("searchbox", { name: "Search by name" }).fill(name);
  // The search is debounced into the address: wait for it, or it would navigate back here later.
  await expect(page).toHaveURL(new RegExp(`[?&]q=${name}(&|$)`));
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

export async function openTab(page: Page, tab: DeploymentTab): Promise<void> {
  await page.getByRole("tab", { name: tab, exact: true }).click();
  await expect(page.getByRole("tab", { name: tab, exact: true })).toHaveAttribute("aria-selected", "true");
}

/** The address of a deployment's page (for a second browser, or a deep link before sign-in). */
export const deploymentPath = (workspace: string, name: string, tab?: string) =>
  `/deployments/${workspace}/${name}${tab ? `?tab=${tab}` : ""}`;
