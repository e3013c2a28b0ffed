import type { DeploymentDetail } from "@keyturn/api-contract";
import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { POLL_INTERVAL_MS, pollInterval } from "../../features/deployment/api/get-deployment";
import { ApiProblem } from "../../lib/api-client";
import { deploymentDetail } from "../../testing/fixtures";
import { renderApp } from "../../testing/render-app";

// The whole suite runs in parallel on small machines: give screens time to appear.
configure({ asyncUtilTimeout: 5_000 });

const FIRST_RENDER = { timeout: 20_000 };

/** A token-auth deployment whose cluster runs outside the workspace's region. */
function detail(overrides: Partial<DeploymentDetail> = {}): DeploymentDetail {
  return deploymentDetail({
    name: "credit-risk-dr",
    computeName: "aks-dr-westus2",
    scoringUri: "http://127.0.0.1:8090/api/v1/service/credit-risk-dr/score",
    swaggerUri: "http://127.0.0.1:8090/api/v1/service/credit-risk-dr/swagger.json",
    auth: { keyAuth: false, tokenAuth: true, mode: "token" },
    clusterRegion: "westus2",
    crossRegionTokenRisk: true,
    ...overrides,
  });
}

const answer = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": status >= 400 ? "application/problem+json" : "application/json" },
  });
const notFound = () => answer({ title: "Not Found", status: 404, code: "not_found" }, 404);

/** The only mock: `fetch`. The deployment's detail answers come in turn (the last one repeats). */
function mockBff(details: Array<() => Response>) {
  let served = 0;
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: RequestInfo | URL) => {
      const path = new URL(String(input), "http://localhost").pathname;
      if (path === "/api/deployments/ws-prod-eastus/credit-risk-dr") {
        const next = details[Math.min(served, details.length - 1)] as () => Response;
        served += 1;
        return next();
      }
      return notFound(); // other panels' data: not what this test is about
    }),
  );
}

const renderPage = (path: string, roles = ["Operator"]) => renderApp(path, roles).router;

describe("pollInterval", () => {
  const at = (state: DeploymentDetail["state"] | undefined, error: ApiProblem | null = null) => ({
    data: state ? detail({ state }) : undefined,
    error,
  });
  const notListed = new ApiProblem({ code: "not_found", status: 404, title: "Not Found" });

  it("polls a changing deployment, and a watched one until it is healthy (also through a 404)", () => {
    expect(pollInterval(at("Transitioning"), false)).toBe(POLL_INTERVAL_MS);
    expect(pollInterval(at("Healthy"), false)).toBe(false);
    expect(pollInterval(at(undefined, notListed), true)).toBe(POLL_INTERVAL_MS);
    expect(pollInterval(at("Unhealthy"), true)).toBe(POLL_INTERVAL_MS);
    expect(pollInterval(at("Healthy"), true)).toBe(false);
    expect(pollInterval(at("Failed"), true)).toBe(false);
    expect(
      pollInterval(at(undefined, new ApiProblem({ code: "forbidden", status: 403, title: "x" })), true),
    ).toBe(false);
  });
});

describe("deployment page", { timeout: 90_000 }, () => {
  it("shows the overview, the tabs of every feature composed, and the authentication tab", async () => {
    mockBff([() => answer(detail())]);
    const router = renderPage("/deployments/ws-prod-eastus/credit-risk-dr");
    expect(
      await screen.findByRole("heading", { level: 1, name: "credit-risk-dr" }, FIRST_RENDER),
    ).toBeVisible();
    const tabs = await screen.findByRole("tablist", { name: "Deployment sections" }, FIRST_RENDER);
    for (const name of ["Overview", "Authentication", "Keys", "Token"]) {
      expect(within(tabs).getByRole("tab", { name })).toBeVisible();
    }
    const panel = screen.getByRole("tabpanel", { name: "Overview" });
    expect(within(panel).getByText("ws-prod-eastus (East US)")).toBeVisible();
    expect(within(panel).getByText("West US 2")).toBeVisible();
    expect(within(panel).getByText("AKS · cluster aks-dr-westus2")).toBeVisible();
    expect(within(panel).getByRole("link", { name: /Open the Swagger document/ })).toHaveAttribute(
      "href",
      "http://127.0.0.1:8090/api/v1/service/credit-risk-dr/swagger.json",
    );
    expect(screen.getByRole("button", { name: "Delete" })).toBeVisible();

    await userEvent.setup().click(within(tabs).getByRole("tab", { name: "Authentication" }));
    const auth = await screen.findByRole("tabpanel", { name: "Authentication" });
    expect(within(auth).getByText("The workspace and the cluster are in different regions")).toBeVisible();
    expect(router.state.location.search).toEqual({ tab: "auth" });
  });

  it("while the workspace's region is down: its last-known state, a warning, no changes; live again on request", async () => {
    const down = detail({
      computeName: null,
      swaggerUri: null,
      lastKnown: { reason: "workspace_region_down", asOf: "2026-02-03T04:05:06.000Z" },
    });
    mockBff([() => answer(down), () => answer(detail())]);
    renderPage("/deployments/ws-prod-eastus/credit-risk-dr?tab=auth");
    expect(await screen.findByText("The workspace's region is down", {}, FIRST_RENDER)).toBeVisible();
    expect(screen.getByText(/What you see is its last-known state, read /)).toBeVisible();
    expect(screen.getByRole("button", { name: "Delete" })).toHaveAttribute("aria-disabled", "true");
    const auth = screen.getByRole("tabpanel", { name: "Authentication" });
    expect(within(auth).getByRole("switch", { name: "Key authentication" })).toBeDisabled();
    expect(within(auth).queryByRole("button", { name: "Save" })).not.toBeInTheDocument();

    await userEvent.setup().click(screen.getByRole("button", { name: "Check again" }));
    await waitFor(() => expect(screen.queryByText("The workspace's region is down")).not.toBeInTheDocument());
    expect(screen.getByRole("button", { name: "Delete" })).not.toHaveAttribute("aria-disabled");
    expect(within(auth).getByRole("switch", { name: "Key authentication" })).toBeEnabled();
    expect(within(auth).getByRole("button", { name: "Save" })).toBeVisible();
  });

  it("says an unknown deployment was not found, with the way back to the inventory, not an error to retry", async () => {
    mockBff([notFound]);
    const router = renderPage("/deployments/ws-prod-eastus/credit-risk-dr");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Deployment not found" }, FIRST_RENDER),
    ).toBeVisible();
    expect(
      screen.getByText(/^The workspace ws-prod-eastus has no deployment named credit-risk-dr:/),
    ).toBeVisible();
    expect(screen.queryByText("Something went wrong")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Try again" })).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole("link", { name: "Go to the inventory" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/inventory"));
  });

  it("after creation, waits for the deployment to appear and watches it become healthy", async () => {
    mockBff([notFound, () => answer(detail({ state: "Transitioning" })), () => answer(detail())]);
    const router = renderPage("/deployments/ws-prod-eastus/credit-risk-dr?created=true");
    expect(
      await screen.findByText("Waiting for the workspace to list the new deployment…", {}, FIRST_RENDER),
    ).toBeVisible();
    expect(await screen.findByText("The deployment is changing.", {}, { timeout: 10_000 })).toBeVisible();
    await waitFor(() => expect(router.state.location.search).toEqual({}), { timeout: 10_000 });
    expect(screen.queryByText("The deployment is changing.")).not.toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Overview" })).toHaveAttribute("aria-selected", "true");
  });
});
