import type { DeploymentPage } from "@keyturn/api-contract";
import { configure, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { deploymentSummary, workspace } from "../../../testing/fixtures";
import { renderApp } from "../../../testing/render-app";

configure({ asyncUtilTimeout: 5_000 });
const FIRST_RENDER = { timeout: 20_000 };

const service = deploymentSummary();

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json" } });

/** jsdom has no layout: every element measures `width` px wide and 600 px tall. */
const laidOutAt = (width: number) => {
  vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockReturnValue(new DOMRect(0, 0, width, 600));
  vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(600);
};

beforeEach(() => {
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: RequestInfo | URL) => {
      const url = new URL(String(input), "http://localhost");
      if (url.pathname === "/api/workspaces")
        return json({ items: [workspace("ws-ml-westeurope", "westeurope", null)], source: "provider" });
      if (url.pathname === "/api/deployments") {
        const page: DeploymentPage = {
          items: [service, { ...service, name: "churn-predictor", findings: { count: 0, highest: null } }],
          nextCursor: null,
          total: 2,
          kinds: ["AKS"],
          unreadable: { count: 0, items: [] },
        };
        return json(page);
      }
      return new Response(null, { status: 404 });
    }),
  );
});

const headers = () => screen.getAllByRole("columnheader").map((header) => header.textContent);

describe("the inventory beside the navigation at mid widths", { timeout: 90_000 }, () => {
  it("keeps name, workspace, authentication and findings where the others do not fit, still sorting by its headers", async () => {
    laidOutAt(612);
    const { router } = renderApp("/inventory", ["Operator"]);
    const table = await screen.findByRole("table", { name: "2 deployments" }, FIRST_RENDER);
    expect(headers()).toEqual(["Name", "Workspace", "Authentication", "Findings"]);
    const row = within(table).getByRole("row", { name: /anomaly-watch/ });
    expect(within(row).getAllByRole("cell")).toHaveLength(4);
    expect(row).not.toHaveTextContent("AKS");
    expect(within(row).getByRole("link", { name: /^2 findings/ })).toBeInTheDocument();

    await userEvent.setup().click(within(table).getByRole("button", { name: "Workspace" }));
    expect(router.state.location.search).toMatchObject({ sort: "workspace", order: "asc" });
  });

  it("adds state, then every column, as it widens", async () => {
    laidOutAt(712);
    renderApp("/inventory", ["Operator"]);
    await screen.findByRole("table", { name: "2 deployments" }, FIRST_RENDER);
    expect(headers()).toEqual(["Name", "Workspace", "Authentication", "State", "Findings"]);
  });

  it("shows cards where even the main columns would not fit", async () => {
    laidOutAt(478);
    renderApp("/inventory", ["Operator"]);
    const list = await screen.findByRole("list", { name: "2 deployments" }, FIRST_RENDER);
    expect(within(list).getAllByRole("listitem")).toHaveLength(2);
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("shows the whole of a value its column cuts in a tooltip, none for one it does not, and a click on it opens the row", async () => {
    laidOutAt(1200);
    vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(80);
    vi.spyOn(HTMLElement.prototype, "scrollWidth", "get").mockImplementation(function (this: HTMLElement) {
      return (this.textContent ?? "").length * 8;
    });
    const { router } = renderApp("/inventory", ["Operator"]);
    const row = await screen.findByRole("row", { name: /anomaly-watch/ }, FIRST_RENDER);
    const user = userEvent.setup();
    // "West Europe · runs in East US" at 8 px a character is wider than 80 px.
    await user.hover(within(row).getByText("West Europe · runs in East US"));
    expect(await screen.findByRole("tooltip")).toHaveTextContent("West Europe · runs in East US");
    await user.unhover(within(row).getByText("West Europe · runs in East US"));
    // "AKS" fits.
    await user.hover(within(row).getByText("AKS"));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(screen.queryByRole("tooltip", { name: "AKS" })).not.toBeInTheDocument();
    expect(screen.queryAllByRole("tooltip").filter((tip) => tip.textContent === "AKS")).toEqual([]);
    await user.unhover(within(row).getByText("AKS"));

    // The name, cut too, shows whole once the keyboard brings the focus to its link.
    screen.getByRole("link", { name: "churn-predictor" }).focus();
    await user.keyboard("{ArrowUp}");
    expect(within(row).getByRole("link", { name: "anomaly-watch" })).toHaveFocus();
    expect(await screen.findByRole("tooltip")).toHaveTextContent(/^anomaly-watch$/);

    // A click on a value opens the deployment, as a click anywhere on its row does.
    await user.click(within(row).getByText("West Europe · runs in East US"));
    await vi.waitFor(() =>
      expect(router.state.location.pathname).toBe("/deployments/ws-ml-westeurope/anomaly-watch"),
    );
  });
});
