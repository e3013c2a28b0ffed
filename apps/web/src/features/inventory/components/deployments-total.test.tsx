import type { DeploymentPage, DeploymentSummary } from "@keyturn/api-contract";
import { act, configure, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { changeLanguage } from "../../../lib/i18n/i18n";
import { workspace } from "../../../testing/fixtures";
import { renderApp } from "../../../testing/render-app";

configure({ asyncUtilTimeout: 5_000 });
const FIRST_RENDER = { timeout: 20_000 };

const item: DeploymentSummary = {
  workspace: "ws-prod-eastus",
  name: "churn-scorer",
  generation: "v1",
  computeType: "AKS",
  managed: true,
  notManagedReason: null,
  state: "Healthy",
  auth: { keyAuth: true, tokenAuth: false, mode: "key" },
  workspaceRegion: "eastus",
  clusterRegion: "eastus",
  scoringUri: null,
  createdAt: "2026-02-01T10:00:00.000Z",
  updatedAt: "2026-03-01T10:00:00.000Z",
  syncedAt: "2026-03-02T10:00:00.000Z",
  keyAges: [],
  endpointAuthMode: null,
  findings: { count: 0, highest: null },
};

const BASE: DeploymentPage = {
  items: [item],
  nextCursor: null,
  total: 10_000,
  kinds: ["AKS"],
  unreadable: { count: 0, items: [] },
};

function answer(page: DeploymentPage) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: RequestInfo | URL) => {
      const url = new URL(String(input), "http://localhost");
      const body =
        url.pathname === "/api/workspaces"
          ? { items: [workspace("ws-prod-eastus", "eastus", null)], source: "provider" }
          : url.pathname === "/api/deployments"
            ? page
            : null;
      if (body === null) return new Response(null, { status: 404 });
      return new Response(JSON.stringify(body), {
        status: 200,
        headers: { "Content-Type": "application/json" },
      });
    }),
  );
}

beforeEach(() => {
  // jsdom has no layout: give the scrolling table a height so the virtualiser renders rows.
  vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(600);
});
afterEach(async () => {
  await act(() => changeLanguage("en"));
});

describe("the inventory's total", { timeout: 90_000 }, () => {
  it("says 10,000+ when the count stopped at its bound, and the table's row count is unknown", async () => {
    answer({ ...BASE, totalIsLowerBound: true });
    renderApp("/inventory", ["Operator"]);
    expect(await screen.findByText("10,000+ deployments", undefined, FIRST_RENDER)).toBeInTheDocument();
    expect(screen.getByRole("table")).toHaveAttribute("aria-rowcount", "-1");
  });

  it("says 10.000+ in Spanish", async () => {
    answer({ ...BASE, totalIsLowerBound: true });
    await act(() => changeLanguage("es"));
    renderApp("/inventory", ["Operator"]);
    expect(await screen.findByText("10.000+ implementaciones", undefined, FIRST_RENDER)).toBeInTheDocument();
  });

  it("says an exact total as it is", async () => {
    answer({ ...BASE, totalIsLowerBound: false });
    renderApp("/inventory", ["Operator"]);
    expect(await screen.findByText("10,000 deployments", undefined, FIRST_RENDER)).toBeInTheDocument();
    expect(screen.getByRole("table")).toHaveAttribute("aria-rowcount", "10001");
  });
});
