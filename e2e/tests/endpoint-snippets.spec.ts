import { expectAccessible, switchLanguage } from "../support/a11y.ts";
import { expect, test } from "../support/fixtures.ts";
import { signIn } from "../support/sign-in.ts";

// Read-only: a lead reads an online endpoint's client code, then a v1 service's way to v2.
const WORKSPACE = "ws-prod-eastus";

test("a lead reads an endpoint's client code for one deployment, and a v1 service's way to v2", async ({
  page,
}, testInfo) => {
  await signIn(page, "lead", `/endpoints/${WORKSPACE}/churn-online?tab=snippets`);
  await expect(page.getByRole("tab", { name: "Snippets", selected: true })).toBeVisible();
  await expect(page.getByLabel("Python code")).toContainText('os.environ["ENDPOINT_KEY"]');
  await expect(page.getByLabel("Python code")).not.toContainText('"azureml-model-deployment":');

  await page.getByRole("combobox", { name: /Deployment/ }).selectOption("green");
  await expect(page.getByLabel("Python code")).toContainText('"azureml-model-deployment": "green"');
  await page.getByRole("tab", { name: "cURL" }).click();
  await expect(page.getByLabel("cURL code")).toContainText("-H 'azureml-model-deployment: green'");
  await page.getByRole("tab", { name: "Azure CLI" }).click();
  await expect(page.getByLabel("Azure CLI code")).toContainText("--deployment-name 'green'");
  await expectAccessible(page, "endpoint snippets", testInfo);

  await switchLanguage(page, "es");
  await expect(page.getByRole("tab", { name: "Fragmentos de código", selected: true })).toBeVisible();
  await expect(page.getByRole("tab", { name: "CLI de Azure" })).toBeVisible();
  await expectAccessible(page, "endpoint snippets (es)", testInfo);
  await switchLanguage(page, "en");

  // The v1 service's own page says support ended and leads to its plan.
  await page.goto(`/deployments/${WORKSPACE}/churn-predictor`);
  // The deployment is read from the workspace first (a page load, then the BFF's call to Azure).
  await expect(page.getByText("SDK v1 support ended on June 30, 2026")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Becomes: Kubernetes online endpoint. Authentication: Keys.")).toBeVisible();
  await expectAccessible(page, "deployment with its way to v2", testInfo);
  await page.getByRole("link", { name: "See the way to v2" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Way to v2: churn-predictor" })).toBeVisible();
});
