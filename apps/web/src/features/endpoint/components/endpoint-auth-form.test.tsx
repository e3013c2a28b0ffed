import type { EndpointDetail } from "@keyturn/api-contract";
import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { useEndpoint } from "../api/get-endpoint";
import { EndpointAuthForm } from "./endpoint-auth-form";

configure({ asyncUtilTimeout: 5_000 });

const managed: EndpointDetail = {
  workspace: "ws-prod-eastus",
  name: "churn-online",
  kind: "Managed",
  authMode: "Key",
  region: "eastus",
  location: "eastus",
  provisioningState: "Succeeded",
  scoringUri: "https://churn-online.eastus.inference.ml.azure.com/score",
  compute: null,
  traffic: [{ deployment: "main", percent: 100 }],
  deployments: ["main"],
  authModes: ["Key", "AMLToken", "AADToken"],
  usesKeys: true,
  entra: null,
  publicNetworkAccess: "Enabled",
  connection: { id: "c1", name: "Emulator" },
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-02T00:00:00.000Z",
  etag: '"v1"',
};
const kubernetes: EndpointDetail = {
  ...managed,
  name: "route-k8s",
  kind: "Kubernetes",
  compute: "aks-weu-01",
  authModes: ["Key", "AMLToken"],
};
const entra = {
  permission: "Microsoft.MachineLearningServices/workspaces/onlineEndpoints/score/action",
  audience: "https://ml.azure.com",
  scope: "https://ml.azure.com/.default",
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": status >= 400 ? "application/problem+json" : "application/json" },
  });

/** The only mock: `fetch`; GET answers `current()`, PUT answers `onPut`. */
function mockBff(current: () => EndpointDetail, onPut: (headers: Headers, body: unknown) => Response) {
  const puts: { headers: Headers; body: unknown }[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
      if ((init?.method ?? "GET") === "GET") return json(current());
      const call = { headers: new Headers(init?.headers), body: JSON.parse(String(init?.body)) };
      puts.push(call);
      return onPut(call.headers, call.body);
    }),
  );
  return puts;
}

function Harness({ name }: { name: string }) {
  const query = useEndpoint("ws-prod-eastus", name);
  if (!query.data) return null;
  return <EndpointAuthForm key={query.data.etag} endpoint={query.data} onReload={() => query.refetch()} />;
}

const radio = (name: string) => screen.getByRole("radio", { name });

describe("endpoint auth form", { timeout: 60_000 }, () => {
  it("on a Kubernetes endpoint, Entra tokens cannot be chosen and the domain's reason says why", async () => {
    mockBff(
      () => kubernetes,
      () => json({}),
    );
    renderWithProviders(<Harness name="route-k8s" />, { me: meWithRoles(["Operator"]) });
    await screen.findByRole("radio", { name: "Key" });
    expect(radio("Microsoft Entra token")).toBeDisabled();
    expect(radio("Microsoft Entra token")).toHaveAccessibleDescription(
      "Microsoft Entra tokens are available on managed endpoints only.",
    );
    expect(radio("Azure ML token")).toBeEnabled();
    expect(screen.getByRole("button", { name: "Change the mode" })).toBeDisabled();
  });

  it("confirms, sends the mode with If-Match, then says who may call", async () => {
    let current = managed;
    const puts = mockBff(
      () => current,
      () => {
        current = { ...managed, authMode: "AADToken", usesKeys: false, entra, etag: '"v2"' };
        return json(current);
      },
    );
    renderWithProviders(<Harness name="churn-online" />, { me: meWithRoles(["Operator"]) });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("radio", { name: "Microsoft Entra token" }));
    await user.click(screen.getByRole("button", { name: "Change the mode" }));
    const dialog = await screen.findByRole("alertdialog", {
      name: "Change authentication to Microsoft Entra token?",
    });
    expect(puts).toEqual([]);
    await user.click(within(dialog).getByRole("button", { name: "Change to Microsoft Entra token" }));
    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0]?.headers.get("if-match")).toBe('"v1"');
    expect(puts[0]?.body).toEqual({ authMode: "AADToken" });
    expect(await screen.findByText("Who may call")).toBeVisible();
    expect(screen.getByText(/onlineEndpoints\/score\/action/)).toBeVisible();
  });

  it("after a 412, explains that the endpoint changed and offers to reload it", async () => {
    mockBff(
      () => managed,
      () => json({ title: "Precondition Failed", status: 412, code: "precondition_failed" }, 412),
    );
    renderWithProviders(<Harness name="churn-online" />, { me: meWithRoles(["Operator"]) });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("radio", { name: "Azure ML token" }));
    await user.click(screen.getByRole("button", { name: "Change the mode" }));
    const dialog = await screen.findByRole("alertdialog");
    await user.click(within(dialog).getByRole("button", { name: "Change to Azure ML token" }));
    expect(await within(dialog).findByText("The endpoint changed meanwhile")).toBeVisible();
    expect(within(dialog).getByRole("button", { name: "Reload" })).toBeVisible();
  });

  it("shows a support engineer why they cannot change the mode", async () => {
    mockBff(
      () => managed,
      () => json({}),
    );
    renderWithProviders(<Harness name="churn-online" />, { me: meWithRoles(["KeyRotator"]) });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("radio", { name: "Azure ML token" }));
    const button = screen.getByRole("button", { name: "Change the mode" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveAccessibleDescription(/Operator/);
  });
});
