import type { DeploymentDetail } from "@keyturn/api-contract";
import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { deploymentDetail as detail } from "../../../testing/fixtures";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { useDeployment } from "../api/get-deployment";
import { AuthSettingsForm } from "./auth-settings-form";

// The whole suite runs in parallel on small machines: give screens time to appear.
configure({ asyncUtilTimeout: 5_000 });

const WORKSPACE = "ws-prod-eastus";

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": status >= 400 ? "application/problem+json" : "application/json" },
  });

interface Call {
  method: string;
  url: string;
  headers: Headers;
  body: unknown;
}

/** The only mock: `fetch`, answering GET with `current()` and PATCH with `onPatch`. */
function mockBff(current: () => DeploymentDetail, onPatch?: (call: Call) => Response) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const call = {
      method: init?.method ?? "GET",
      url: String(input),
      headers: new Headers(init?.headers),
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    };
    calls.push(call);
    if (call.method === "GET") return json(current());
    if (call.method === "PATCH" && onPatch) return onPatch(call);
    return json({ title: "Not Found", status: 404, code: "not_found" }, 404);
  });
  vi.stubGlobal("fetch", fetch);
  return calls;
}

/** The form as the deployment page uses it: fed by the real detail query. */
function Harness({ name, onOpenTestConsole }: { name: string; onOpenTestConsole?: () => void }) {
  const query = useDeployment(WORKSPACE, name);
  if (!query.data) return null;
  return (
    <AuthSettingsForm
      deployment={query.data}
      onReload={async () => (await query.refetch()).data}
      onOpenTestConsole={onOpenTestConsole}
    />
  );
}

async function renderForm(deployment: DeploymentDetail, roles = ["Operator"]) {
  const view = renderWithProviders(<Harness name={deployment.name} />, { me: meWithRoles(roles) });
  await screen.findByRole("group", { name: "How callers authenticate" });
  return view;
}

const keySwitch = () => screen.getByRole("switch", { name: "Key authentication" });
const tokenSwitch = () => screen.getByRole("switch", { name: "Token authentication" });
const save = () => screen.getByRole("button", { name: "Save" });

describe("auth settings form", { timeout: 60_000 }, () => {
  it("on ACI, disables the token switch and gives the domain's reason", async () => {
    const aci = detail({
      name: "pricing-aci",
      computeType: "ACI",
      computeName: null,
      tokenAuthSupported: false,
      clusterRegion: "eastus",
    });
    mockBff(() => aci);
    await renderForm(aci);
    expect(tokenSwitch()).toBeDisabled();
    expect(tokenSwitch()).toHaveAccessibleDescription(
      "Token authentication is only available for AKS services, not ACI.",
    );
    expect(keySwitch()).toBeEnabled();
  });

  it("on AKS, turning token auth on turns key auth off and says why", async () => {
    const aks = detail();
    mockBff(() => aks);
    await renderForm(aks);
    const user = userEvent.setup();
    expect(keySwitch()).toBeChecked();
    await user.click(tokenSwitch());
    expect(tokenSwitch()).toBeChecked();
    expect(keySwitch()).not.toBeChecked();
    expect(
      screen.getByText(/^Key authentication was turned off: a service cannot use key and token/),
    ).toBeVisible();
    expect(screen.getByText("Callers must send a token from the workspace.")).toBeVisible();
  });

  it("asks before saving with every kind of authentication off, and sends nothing if the user keeps it on", async () => {
    const aks = detail();
    const calls = mockBff(
      () => aks,
      () => json(detail({ auth: { keyAuth: false, tokenAuth: false, mode: "none" } })),
    );
    await renderForm(aks);
    const user = userEvent.setup();
    await user.click(keySwitch());
    expect(screen.getByText(/^Authentication is off: anyone who can reach the scoring URI/)).toBeVisible();
    await user.click(save());

    const dialog = await screen.findByRole("alertdialog", { name: "Turn authentication off?" });
    // Focus moved into the dialog, on its first button: the safe choice.
    await waitFor(() =>
      expect(within(dialog).getByRole("button", { name: "Keep key authentication" })).toHaveFocus(),
    );
    expect(dialog).toHaveTextContent(/anyone who can reach the scoring URI can call the model/);
    await user.click(within(dialog).getByRole("button", { name: "Keep key authentication" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(calls.filter((c) => c.method === "PATCH")).toEqual([]);

    await user.click(save());
    await user.click(
      within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Turn authentication off" }),
    );
    await waitFor(() => expect(calls.filter((c) => c.method === "PATCH")).toHaveLength(1));
    expect(calls.find((c) => c.method === "PATCH")?.body).toEqual({ keyAuth: false });
  });

  it("warns about the regions only while token auth is on and the workspace and cluster differ", async () => {
    const split = detail({ name: "credit-risk-dr", clusterRegion: "westus2", computeName: "aks-dr-westus2" });
    mockBff(() => split);
    await renderForm(split);
    const user = userEvent.setup();
    const warning = () => screen.queryByText("The workspace and the cluster are in different regions");
    expect(warning()).not.toBeInTheDocument();

    await user.click(tokenSwitch());
    expect(warning()).toBeVisible();
    expect(
      screen.getByText(/the web service calls the region where the workspace was created \(East US\)/),
    ).toHaveTextContent(/another region \(West US 2\)/);
    expect(screen.getByText(/^Same region recommended/)).toBeVisible();

    await user.click(keySwitch()); // key back on turns token off: the risk is gone
    expect(tokenSwitch()).not.toBeChecked();
    expect(warning()).not.toBeInTheDocument();
  });

  it("does not warn when the cluster is in the workspace's region", async () => {
    const same = detail();
    mockBff(() => same);
    await renderForm(same);
    await userEvent.setup().click(tokenSwitch());
    expect(
      screen.queryByText("The workspace and the cluster are in different regions"),
    ).not.toBeInTheDocument();
  });

  it("asks before switching from key to token auth, naming the callers it breaks, then offers the test console", async () => {
    let current = detail();
    const calls = mockBff(
      () => current,
      () => {
        current = detail({ auth: { keyAuth: false, tokenAuth: true, mode: "token" }, etag: '"v2"' });
        return json(current);
      },
    );
    const onOpenTestConsole = vi.fn();
    renderWithProviders(<Harness name={current.name} onOpenTestConsole={onOpenTestConsole} />, {
      me: meWithRoles(["Operator"]),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("switch", { name: "Token authentication" }));
    await user.click(save());

    const dialog = await screen.findByRole("alertdialog", { name: "Switch to token authentication?" });
    expect(dialog).toHaveTextContent("Callers that send keys get 401 as soon as you save.");
    await user.click(within(dialog).getByRole("button", { name: "Keep key authentication" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(calls.filter((c) => c.method === "PATCH")).toEqual([]);

    await user.click(save());
    await user.click(
      within(await screen.findByRole("alertdialog")).getByRole("button", {
        name: "Switch to token authentication",
      }),
    );
    const offer = await screen.findByRole("button", { name: "Open the test console" });
    expect(screen.getByText(/Callers now authenticate with a token\. Check it with a call/)).toBeVisible();
    await user.click(offer);
    expect(onOpenTestConsole).toHaveBeenCalledOnce();
  });

  it.each([
    { from: "token", to: "key", says: "Callers that send tokens get 401 as soon as you save." },
    { from: "none", to: "key", says: "Callers that send no credential get 401 as soon as you save." },
  ] as const)("asks before switching from $from to $to auth: $says", async ({ from, to, says }) => {
    const start = detail({ auth: { keyAuth: false, tokenAuth: from === "token", mode: from } });
    mockBff(() => start);
    await renderForm(start);
    const user = userEvent.setup();
    await user.click(keySwitch());
    await user.click(save());
    const dialog = await screen.findByRole("alertdialog", { name: `Switch to ${to} authentication?` });
    expect(dialog).toHaveTextContent(says);
  });

  it("saves with If-Match and exactly the switches that changed", async () => {
    let current = detail();
    const calls = mockBff(
      () => current,
      () => {
        current = detail({ auth: { keyAuth: false, tokenAuth: true, mode: "token" }, etag: '"v2"' });
        return json(current);
      },
    );
    await renderForm(current);
    const user = userEvent.setup();
    await user.click(tokenSwitch());
    await user.click(save());
    await user.click(
      within(await screen.findByRole("alertdialog")).getByRole("button", {
        name: "Switch to token authentication",
      }),
    );

    await waitFor(() => expect(calls.filter((c) => c.method === "PATCH")).toHaveLength(1));
    const patch = calls.find((c) => c.method === "PATCH");
    expect(patch?.url).toBe("/api/deployments/ws-prod-eastus/churn-predictor/auth");
    expect(patch?.headers.get("If-Match")).toBe('"v1"');
    expect(patch?.headers.get("Content-Type")).toBe("application/json");
    expect(patch?.body).toEqual({ keyAuth: false, tokenAuth: true });
    await waitFor(() => expect(save()).toHaveAttribute("aria-disabled", "true")); // saved: nothing left to save
    expect(tokenSwitch()).toBeChecked();
  });

  it("explains a conflict (412) and reloads the current settings on request", async () => {
    let current = detail();
    const calls = mockBff(
      () => current,
      () => json({ title: "Precondition Failed", status: 412, code: "precondition_failed" }, 412),
    );
    await renderForm(current);
    const user = userEvent.setup();
    await user.click(tokenSwitch());
    // Meanwhile someone else turned key auth off.
    current = detail({ auth: { keyAuth: false, tokenAuth: false, mode: "none" }, etag: '"v9"' });
    await user.click(save());
    await user.click(
      within(await screen.findByRole("alertdialog")).getByRole("button", {
        name: "Switch to token authentication",
      }),
    );

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Someone else changed these settings");
    expect(alert).toHaveTextContent(
      "Someone changed this item since you opened it. Reload to see the latest version.",
    );
    await user.click(within(alert).getByRole("button", { name: "Reload" }));

    await waitFor(() => expect(screen.queryByRole("alert")).not.toBeInTheDocument());
    expect(screen.getByText("The current settings are shown. Your change was not saved.")).toBeVisible();
    expect(keySwitch()).not.toBeChecked();
    expect(tokenSwitch()).not.toBeChecked();
    expect(calls.map((c) => c.method)).toEqual(["GET", "PATCH", "GET"]);
  });

  it("is read-only for a role that may not change it, and says why", async () => {
    const aks = detail();
    mockBff(() => aks);
    await renderForm(aks, ["Auditor"]);
    expect(keySwitch()).toBeDisabled();
    expect(screen.getByText("Only people with the Operator role can do this.")).toBeVisible();
    expect(screen.queryByRole("button", { name: "Save" })).not.toBeInTheDocument();
  });
});
