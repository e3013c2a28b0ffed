import type { DeploymentPage, DeploymentSummary } from "@keyturn/api-contract";
import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { deploymentSummary, workspace } from "../../../testing/fixtures";
import { onPhoneWidth } from "../../../testing/phone-width";
import { renderApp } from "../../../testing/render-app";
import { CARDS_STEP } from "./deployment-cards";

configure({ asyncUtilTimeout: 5_000 });
const FIRST_RENDER = { timeout: 20_000 };

const service = deploymentSummary();
const endpoint: DeploymentSummary = {
  ...service,
  name: "route-k8s",
  generation: "v2",
  computeType: "Kubernetes",
  auth: null,
  endpointAuthMode: "Key",
  clusterRegion: null,
  state: "Succeeded",
  findings: { count: 0, highest: null },
};
const readOnly: DeploymentSummary = {
  ...service,
  name: "partner-gateway",
  computeType: "AKSENDPOINT",
  managed: false,
  notManagedReason: "kind_not_managed",
  auth: null,
  state: null,
  findings: { count: 0, highest: null },
};

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json" } });

let items: DeploymentSummary[];
beforeEach(() => {
  items = [service, endpoint, readOnly];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: RequestInfo | URL) => {
      const url = new URL(String(input), "http://localhost");
      if (url.pathname === "/api/workspaces")
        return json({ items: [workspace("ws-ml-westeurope", "westeurope", null)], source: "provider" });
      if (url.pathname === "/api/deployments") {
        const page: DeploymentPage = {
          items,
          nextCursor: null,
          total: items.length,
          kinds: ["AKS", "AKSENDPOINT", "Kubernetes"],
          unreadable: { count: 0, items: [] },
        };
        return json(page);
      }
      return new Response(null, { status: 404 });
    }),
  );
});

describe("the inventory on a phone", { timeout: 90_000 }, () => {
  onPhoneWidth();

  it("lists a card a deployment, no table: its name links to it, its facts and findings below", async () => {
    renderApp("/inventory", ["Operator"]);
    const list = await screen.findByRole("list", { name: "3 deployments" }, FIRST_RENDER);
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    const [first, second, third] = within(list).getAllByRole("listitem") as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ];

    expect(within(first).getByRole("link", { name: "anomaly-watch" })).toHaveAttribute(
      "href",
      "/deployments/ws-ml-westeurope/anomaly-watch",
    );
    expect(
      within(first).getByRole("link", {
        name: "2 findings High (most severe), anomaly-watch: open in Posture",
      }),
    ).toHaveAttribute("href", "/posture?workspace=ws-ml-westeurope&deployment=anomaly-watch&generation=v1");
    expect(first).toHaveTextContent("ComputeAKS");
    for (const fact of ["ws-ml-westeurope", "Key", "West Europe · runs in East US", "Healthy"]) {
      expect(within(first).getByText(fact)).toBeInTheDocument();
    }
    expect(within(second).getByRole("link", { name: "route-k8s" })).toHaveAttribute(
      "href",
      "/endpoints/ws-ml-westeurope/route-k8s",
    );
    expect(within(second).getByText("Kubernetes online endpoint")).toBeInTheDocument();
    expect(second).toHaveTextContent("None");
    // A read-only kind opens nothing and says why.
    expect(within(third).queryByRole("link")).not.toBeInTheDocument();
    expect(third).toHaveTextContent("partner-gateway");
    expect(within(third).getByText("Read-only")).toBeInTheDocument();
    expect(third).toHaveTextContent("Not reported");

    // Every link is a stop of the keyboard walk (no arrow keys needed).
    const user = userEvent.setup();
    within(first).getByRole("link", { name: "anomaly-watch" }).focus();
    await user.tab();
    expect(within(first).getByRole("link", { name: /open in Posture/ })).toHaveFocus();
    await user.tab();
    expect(within(second).getByRole("link", { name: "route-k8s" })).toHaveFocus();
  });

  it("sorts with a select that reads and writes the address bar's order", async () => {
    const { router } = renderApp("/inventory?sort=region&order=desc", ["Operator"]);
    const select = await screen.findByRole("combobox", { name: "Sort by" }, FIRST_RENDER);
    expect(select).toHaveDisplayValue("Region, descending");
    await userEvent.setup().selectOptions(select, "State, ascending");
    await waitFor(() => expect(router.state.location.search).toMatchObject({ sort: "state", order: "asc" }));
  });

  it(`shows ${CARDS_STEP} cards at first, then more on request`, async () => {
    items = Array.from({ length: CARDS_STEP + 5 }, (_, i) => ({
      ...service,
      name: `svc-${String(i).padStart(3, "0")}`,
    }));
    renderApp("/inventory", ["Operator"]);
    const list = await screen.findByRole("list", { name: `${CARDS_STEP + 5} deployments` }, FIRST_RENDER);
    expect(within(list).getAllByRole("listitem")).toHaveLength(CARDS_STEP);
    await userEvent.setup().click(screen.getByRole("button", { name: "Show more deployments" }));
    expect(within(list).getAllByRole("listitem")).toHaveLength(CARDS_STEP + 5);
    expect(screen.queryByRole("button", { name: "Show more deployments" })).not.toBeInTheDocument();
  });
});
