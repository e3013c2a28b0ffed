import { configure, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fakeApi, json } from "../../testing/fake-api";
import { deploymentDetail, workspace } from "../../testing/fixtures";
import { renderApp } from "../../testing/render-app";

configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 90_000 });
const FIRST_RENDER = { timeout: 20_000 };

const WORKSPACES = { items: [workspace("ws-prod-eastus", "eastus", "Production")], source: "provider" };

async function startDraft(name: string) {
  const user = userEvent.setup();
  const combobox = await screen.findByRole("combobox", { name: "Workspace" }, FIRST_RENDER);
  await screen.findByRole("option", { name: "Production (East US)" });
  await user.selectOptions(combobox, "ws-prod-eastus");
  await user.type(screen.getByRole("textbox", { name: "Service name" }), name);
  return user;
}

describe("new deployment page", () => {
  it("asks before leaving a draft: Stay keeps it, Leave goes", async () => {
    fakeApi({ "GET /api/workspaces": () => json(WORKSPACES) });
    const { router } = renderApp("/deployments/new", ["Operator"]);
    const user = await startDraft("fraud-v3");

    await user.click(screen.getAllByRole("link", { name: "Inventory" })[0] as HTMLElement);
    const dialog = await screen.findByRole("alertdialog", { name: "Leave the new deployment?" });
    await user.click(screen.getByRole("button", { name: "Stay" }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe("/deployments/new");
    expect(await screen.findByRole("textbox", { name: "Service name" })).toHaveValue("fraud-v3");

    await user.click(screen.getAllByRole("link", { name: "Inventory" })[0] as HTMLElement);
    await user.click(await screen.findByRole("button", { name: "Leave" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/inventory"));
  });

  it("refuses at review a name the workspace already has, before Create", async () => {
    const api = fakeApi({
      "GET /api/workspaces": () => json(WORKSPACES),
      "GET /api/deployments/ws-prod-eastus/credit-risk": () =>
        json(deploymentDetail({ workspace: "ws-prod-eastus", name: "credit-risk" })),
    });
    renderApp("/deployments/new", ["Operator"]);
    const user = await startDraft("credit-risk");
    for (let step = 0; step < 3; step += 1) await user.click(screen.getByRole("button", { name: "Next" }));

    expect(
      await screen.findByText(
        "ws-prod-eastus already has a deployment named credit-risk. Go back and choose another name.",
      ),
    ).toBeInTheDocument();
    const create = screen.getByRole("button", { name: "Create deployment" });
    expect(create).toHaveAttribute("aria-disabled", "true");
    await user.click(create);
    expect(api.calls.filter((call) => call.method === "POST")).toEqual([]);
  });
});
