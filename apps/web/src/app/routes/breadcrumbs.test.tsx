import { configure, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { fakeApi } from "../../testing/fake-api";
import { renderApp } from "../../testing/render-app";

configure({ asyncUtilTimeout: 5_000 });
const FIRST_RENDER = { timeout: 20_000 };

/** The breadcrumb above the title: its links, in order, and the current screen (not a link). */
async function trail() {
  const nav = await screen.findByRole("navigation", { name: "Breadcrumb" }, FIRST_RENDER);
  const links = within(nav)
    .queryAllByRole("link")
    .map((link) => [link.textContent, link.getAttribute("href")]);
  const current = nav.querySelector('[aria-current="page"]');
  return { nav, links, current: current?.textContent };
}

describe("breadcrumbs", { timeout: 60_000 }, () => {
  it("place a deployment under the inventory and its workspace, and lead back there", async () => {
    fakeApi({});
    const { router } = renderApp("/deployments/ws-prod-eastus/credit-risk", ["Operator"]);
    const { links, current } = await trail();
    expect(links).toEqual([
      ["Inventory", "/inventory"],
      ["ws-prod-eastus", "/inventory?workspace=ws-prod-eastus"],
    ]);
    expect(current).toBe("credit-risk");
    expect(screen.queryByRole("link", { name: /back to/i })).toBeNull();

    await userEvent.click(screen.getByRole("link", { name: "ws-prod-eastus" }));
    expect(router.state.location.pathname).toBe("/inventory");
    expect(router.state.location.search).toEqual({ workspace: "ws-prod-eastus" });
  });

  it("place an online endpoint the same way", async () => {
    fakeApi({});
    renderApp("/endpoints/ws-prod-eastus/fraud-v2", ["Operator"]);
    const { links, current } = await trail();
    expect(links.map(([text]) => text)).toEqual(["Inventory", "ws-prod-eastus"]);
    expect(current).toBe("fraud-v2");
  });

  it("place a service's way to v2 under its deployment", async () => {
    fakeApi({});
    renderApp("/deployments/ws-prod-eastus/credit-risk/migration", ["Auditor"]);
    const { links, current } = await trail();
    expect(links).toEqual([
      ["Inventory", "/inventory"],
      ["ws-prod-eastus", "/inventory?workspace=ws-prod-eastus"],
      ["credit-risk", "/deployments/ws-prod-eastus/credit-risk"],
    ]);
    expect(current).toBe("Way to v2");
  });
});
