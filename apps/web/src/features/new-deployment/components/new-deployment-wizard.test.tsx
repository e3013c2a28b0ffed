import { configure, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { workspace } from "../../../testing/fixtures";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { NewDeploymentWizard } from "./new-deployment-wizard";

// The whole suite runs in parallel on small machines: give screens time to appear.
configure({ asyncUtilTimeout: 5_000 });

const WORKSPACES = {
  items: [workspace("ws-prod-eastus", "eastus", "Production (East US)")],
  source: "provider",
};

const CLUSTERS = {
  items: [
    { name: "aks-dr-westus2", computeType: "AKS", region: "westus2" },
    { name: "aks-prod-eastus", computeType: "AKS", region: "eastus" },
  ],
};

/** Opens the cluster picker and chooses the option named `label`. */
async function chooseCluster(user: ReturnType<typeof userEvent.setup>, label: string) {
  await user.click(await screen.findByRole("combobox", { name: "AKS cluster" }));
  await user.click(await screen.findByRole("option", { name: label }));
}

interface Call {
  method: string;
  url: string;
  body: unknown;
}

/** The only mock: `fetch` (the workspaces, and the creation answered 202 like a slow workspace). */
function mockBff() {
  const calls: Call[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const call = {
        method: init?.method ?? "GET",
        url: String(input),
        body: init?.body ? JSON.parse(String(init.body)) : undefined,
      };
      calls.push(call);
      const answer = (body: unknown, status = 200) =>
        new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
      if (call.url === "/api/workspaces") return answer(WORKSPACES);
      if (call.url === "/api/workspaces/ws-prod-eastus/computes?kind=AKS") return answer(CLUSTERS);
      const body = call.body as { name: string };
      return answer(
        {
          workspace: "ws-prod-eastus",
          name: body.name,
          operationId: "op-1",
          state: "Running",
          deployment: `/api/deployments/ws-prod-eastus/${body.name}`,
        },
        202,
      );
    }),
  );
  return calls;
}

async function renderWizard() {
  const calls = mockBff();
  const onCreated = vi.fn();
  renderWithProviders(<NewDeploymentWizard onCreated={onCreated} />, { me: meWithRoles(["Operator"]) });
  // The workspace's name already says its region: said once.
  await screen.findByRole("option", { name: "Production (East US)" });
  return { calls, onCreated, user: userEvent.setup() };
}

const next = () => screen.getByRole("button", { name: "Next" });
const back = () => screen.getByRole("button", { name: "Back" });
const keySwitch = () => screen.getByRole("switch", { name: "Key authentication" });
const tokenSwitch = () => screen.getByRole("switch", { name: "Token authentication" });

describe("new deployment wizard", { timeout: 90_000 }, () => {
  it("starts the auth step from each target's defaults, with the rules applied", async () => {
    const { user } = await renderWizard();
    await user.selectOptions(screen.getByRole("combobox", { name: "Workspace" }), "ws-prod-eastus");
    await user.type(screen.getByRole("textbox", { name: "Service name" }), "fraud-v2");
    expect(screen.getByRole("radio", { name: /^ACI/ })).toBeChecked();
    expect(
      screen.getByRole("radio", { name: "ACI — Azure Container Instances" }),
    ).toHaveAccessibleDescription("By default: key authentication off; token authentication not available.");
    await user.click(next());
    expect(screen.getByRole("heading", { level: 2, name: "Resources" })).toHaveFocus();
    await user.click(next());

    // ACI: key off by default, token auth not offered, with the reason.
    expect(
      screen.getByText("Defaults for ACI: key authentication off; token authentication not available."),
    ).toBeVisible();
    expect(keySwitch()).not.toBeChecked();
    expect(tokenSwitch()).toBeDisabled();
    expect(tokenSwitch()).toHaveAccessibleDescription(
      "Token authentication is only available for AKS services, not ACI.",
    );

    await user.click(back());
    await user.click(back());
    await user.click(screen.getByRole("radio", { name: /^AKS/ }));
    await user.click(next());
    await user.click(next()); // the cluster is missing
    expect(screen.getByText("Choose the cluster to deploy to.")).toBeVisible();
    // The error stands in for the hint: the field does not say its rule twice.
    expect(
      screen.queryByText("One of the workspace's attached Kubernetes clusters, where the service runs."),
    ).toBeNull();
    // The workspace's attached clusters are offered, each with its region; none is typed.
    expect(screen.queryByRole("textbox", { name: "AKS cluster" })).toBeNull();
    await chooseCluster(user, "aks-prod-eastus (East US)");
    await user.click(next());

    // AKS: key on, token off but available.
    expect(
      screen.getByText("Defaults for AKS: key authentication on; token authentication off."),
    ).toBeVisible();
    expect(keySwitch()).toBeChecked();
    expect(tokenSwitch()).not.toBeChecked();
    expect(tokenSwitch()).toBeEnabled();
    expect(screen.getByRole("button", { name: "Use the defaults" })).toBeDisabled();

    await user.click(tokenSwitch());
    expect(keySwitch()).not.toBeChecked();
    expect(screen.getByText(/^Key authentication was turned off/)).toBeVisible();
    expect(screen.getByText(/^Tokens are fetched through the workspace's region \(East US\)/)).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Use the defaults" }));
    expect(keySwitch()).toBeChecked();
    expect(tokenSwitch()).not.toBeChecked();

    // Changing the target again starts from that target's defaults.
    await user.click(back());
    await user.click(back());
    await user.click(screen.getByRole("radio", { name: /^ACI/ }));
    await user.click(next());
    await user.click(next());
    expect(keySwitch()).not.toBeChecked();
  });

  it("shows what is missing before going on", async () => {
    const { user } = await renderWizard();
    await user.type(screen.getByRole("textbox", { name: "Service name" }), "Bad_Name");
    await user.click(next());
    expect(screen.getByText("Choose the workspace to deploy to.")).toBeVisible();
    expect(screen.getByText(/^Use 3 to 32 lowercase letters/)).toBeVisible();
    expect(screen.getByRole("heading", { level: 2, name: "Target" })).toBeInTheDocument();
  });

  it("reviews, sends the body, and hands over to the deployment page", async () => {
    const { user, calls, onCreated } = await renderWizard();
    await user.selectOptions(screen.getByRole("combobox", { name: "Workspace" }), "ws-prod-eastus");
    await user.type(screen.getByRole("textbox", { name: "Service name" }), "fraud-v2");
    await user.click(screen.getByRole("radio", { name: /^AKS/ }));
    await user.click(next());
    const cpu = screen.getByRole("spinbutton", { name: "CPU cores" });
    await user.clear(cpu);
    await user.type(cpu, "0.5");
    await chooseCluster(user, "aks-dr-westus2 (West US 2)");
    await user.click(next());
    await user.click(tokenSwitch());
    await user.click(next());

    expect(screen.getByRole("heading", { level: 2, name: "Review" })).toHaveFocus();
    expect(screen.getByText("0.5 CPU cores, 1 GB of memory")).toBeVisible();
    expect(screen.getByText("Cluster aks-dr-westus2")).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Create deployment" }));

    await waitFor(() =>
      expect(onCreated).toHaveBeenCalledWith({ workspace: "ws-prod-eastus", name: "fraud-v2" }),
    );
    const post = calls.find((call) => call.method === "POST");
    expect(post?.url).toBe("/api/deployments/ws-prod-eastus");
    expect(post?.body).toEqual({
      name: "fraud-v2",
      computeType: "AKS",
      cpu: 0.5,
      memoryInGB: 1,
      computeName: "aks-dr-westus2",
      keyAuth: false,
      tokenAuth: true,
    });
  });
});
