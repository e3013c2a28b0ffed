import type { DeploymentPage, DeploymentSummary } from "@keyturn/api-contract";
import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { deploymentsSearchParams } from "../../features/inventory/api/get-deployments";
import { parseInventoryFilters } from "../../features/inventory/filters";
import { workspace } from "../../testing/fixtures";
import { renderApp } from "../../testing/render-app";

// The whole suite runs in parallel on small machines: give screens time to appear.
configure({ asyncUtilTimeout: 5_000 });

const WORKSPACES = {
  items: [
    workspace("ws-prod-eastus", "eastus", "Production"),
    workspace("ws-ml-westeurope", "westeurope", null),
  ],
  source: "provider",
};

function item(index: number, overrides: Partial<DeploymentSummary> = {}): DeploymentSummary {
  return {
    workspace: "ws-prod-eastus",
    name: `svc-${String(index).padStart(5, "0")}`,
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
    ...overrides,
  };
}

/** A page's report of the last sync: every item read. */
const ALL_READ = { kinds: ["ACI", "AKS"], unreadable: { count: 0, items: [] } };

/** The first render waits for the lazily loaded screen, which is slow to transform in tests. */
const FIRST_RENDER = { timeout: 20_000 };

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json" } });

/** The only mock: `fetch`. Deployments come from `pageFor(query)`; every query string is kept. */
function mockBff(pageFor: (query: URLSearchParams) => DeploymentPage) {
  const queries: string[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: RequestInfo | URL) => {
      const url = new URL(String(input), "http://localhost");
      if (url.pathname === "/api/workspaces") return json(WORKSPACES);
      if (url.pathname === "/api/deployments") {
        queries.push(url.search.slice(1));
        return json(pageFor(url.searchParams));
      }
      return new Response(null, { status: 404 });
    }),
  );
  return queries;
}

const renderInventory = (path = "/inventory") => renderApp(path, ["Operator"]).router;

const small = (): DeploymentPage => ({
  items: [
    item(1, { name: "fraud-scoring", auth: { keyAuth: false, tokenAuth: true, mode: "token" } }),
    item(2, {
      name: "credit-risk-dr",
      auth: { keyAuth: false, tokenAuth: true, mode: "token" },
      clusterRegion: "westus2",
      findings: { count: 2, highest: "medium" },
    }),
  ],
  nextCursor: null,
  total: 2,
  ...ALL_READ,
});

beforeEach(() => {
  // jsdom has no layout: give the scrolling table a height so the virtualiser renders rows.
  vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(600);
  // …and a content height as a browser would lay it out: rows of 44 px, spacer rows as styled.
  vi.spyOn(HTMLElement.prototype, "scrollHeight", "get").mockImplementation(function (this: HTMLElement) {
    let height = 0;
    for (const row of this.querySelectorAll("tr")) {
      const spacer = row.querySelector<HTMLElement>("td[colspan]");
      height += spacer ? Number.parseFloat(spacer.style.height) : 44;
    }
    return height;
  });
  HTMLElement.prototype.scrollTo = function scrollTo(this: HTMLElement, options?: ScrollToOptions | number) {
    this.scrollTop = typeof options === "number" ? options : (options?.top ?? this.scrollTop);
    this.dispatchEvent(new Event("scroll"));
  } as typeof HTMLElement.prototype.scrollTo;
});

describe("inventory query string", () => {
  it("sends the set filters, the order, the cursor and the page size under the BFF's names", () => {
    const filters = parseInventoryFilters({
      workspace: "ws-prod-eastus",
      computeType: "AKS",
      authMode: "token",
      region: "westus2",
      state: "Healthy",
      q: " fraud ",
      sort: "state",
      order: "desc",
    });
    expect(deploymentsSearchParams(filters, "c-2").toString()).toBe(
      "workspace=ws-prod-eastus&computeType=AKS&authMode=token&region=westus2&state=Healthy&q=fraud&sort=state&order=desc&cursor=c-2&limit=200",
    );
    expect(deploymentsSearchParams({}).toString()).toBe("limit=200");
  });

  it("drops what the address bar holds but the BFF would refuse", () => {
    expect(
      parseInventoryFilters({
        computeType: "V".repeat(65),
        authMode: "both",
        region: "evil.example/",
        sort: "-name",
        q: "",
      }),
    ).toEqual({});
  });
});

describe("inventory", { timeout: 90_000 }, () => {
  it("builds the query string from the filters the user sets, and keeps them in the address bar", async () => {
    const queries = mockBff(small);
    const router = renderInventory();
    expect(await screen.findByRole("link", { name: "fraud-scoring" }, FIRST_RENDER)).toBeInTheDocument();
    expect(queries).toEqual(["limit=200"]);

    const user = userEvent.setup();
    // The filter bar is a <search> landmark (jsdom's role table does not know the element yet).
    const filters = screen.getByLabelText("Filter the deployments");
    await within(filters).findByRole("option", { name: "ws-prod-eastus" }); // the workspaces are listed
    await user.selectOptions(within(filters).getByRole("combobox", { name: "Workspace" }), "ws-prod-eastus");
    await user.selectOptions(within(filters).getByRole("combobox", { name: "Compute" }), "AKS");
    await user.selectOptions(within(filters).getByRole("combobox", { name: "Authentication" }), "token");
    await user.selectOptions(within(filters).getByRole("combobox", { name: "Region" }), "westus2");
    await user.selectOptions(within(filters).getByRole("combobox", { name: "State" }), "Healthy");
    // The column headers sort, as the portal's grids do: no separate "Sort by" control.
    expect(within(filters).queryByRole("combobox", { name: "Sort by" })).toBeNull();
    const state = screen.getByRole("columnheader", { name: "State" });
    expect(state).not.toHaveAttribute("aria-sort");
    await user.click(within(state).getByRole("button", { name: "State" }));
    await waitFor(() => expect(state).toHaveAttribute("aria-sort", "ascending"));
    expect(screen.getByRole("columnheader", { name: "Name" })).not.toHaveAttribute("aria-sort");
    await user.click(within(state).getByRole("button", { name: "State" }));
    await waitFor(() => expect(state).toHaveAttribute("aria-sort", "descending"));
    await user.type(within(filters).getByRole("searchbox", { name: "Search by name" }), "fraud");

    const expected =
      "workspace=ws-prod-eastus&computeType=AKS&authMode=token&region=westus2&state=Healthy&q=fraud&sort=state&order=desc&limit=200";
    await waitFor(() => expect(queries.at(-1)).toBe(expected));
    // The search waited for the typing to stop: no request for "f", "fr", …
    expect(queries.filter((q) => q.includes("q=f") && !q.includes("q=fraud"))).toEqual([]);
    expect(router.state.location.search).toEqual({
      workspace: "ws-prod-eastus",
      computeType: "AKS",
      authMode: "token",
      region: "westus2",
      state: "Healthy",
      q: "fraud",
      sort: "state",
      order: "desc",
    });

    await user.click(within(filters).getByRole("button", { name: "Clear filters" }));
    await waitFor(() => expect(queries.at(-1)).toBe("sort=state&order=desc&limit=200"));
  });

  it("reads the filters from the address bar, and shows the badges and each row's findings", async () => {
    const queries = mockBff(small);
    renderInventory("/inventory?computeType=AKS&authMode=token");
    const risky = await screen.findByRole("row", { name: /credit-risk-dr/ }, FIRST_RENDER);
    expect(queries).toEqual(["computeType=AKS&authMode=token&limit=200"]);
    expect(
      within(risky).getByRole("link", {
        name: "2 findings Medium (most severe), credit-risk-dr: open in Posture",
      }),
    ).toBeInTheDocument();
    expect(within(risky).getByText("East US · runs in West US 2")).toBeInTheDocument();
    const same = screen.getByRole("row", { name: /fraud-scoring/ });
    expect(within(same).getByText("Token")).toBeInTheDocument();
    expect(within(same).getByText("None")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("2 deployments");
  });

  it("never sends a value from the address bar that the filters dropped", async () => {
    const queries = mockBff(small);
    renderInventory(`/inventory?computeType=${"V".repeat(65)}&authMode=token&sort=nonsense`);
    await screen.findByRole("row", { name: /credit-risk-dr/ }, FIRST_RENDER);
    expect(queries.every((q) => !q.includes("VVV") && !q.includes("nonsense"))).toBe(true);
    expect(queries.at(-1)).toBe("authMode=token&limit=200");
  });

  it("says when nothing matches, and offers to clear the filters", async () => {
    mockBff(() => ({ items: [], nextCursor: null, total: 0, ...ALL_READ }));
    renderInventory("/inventory?q=nothing");
    expect(
      await screen.findByText("No deployment matches these filters.", {}, FIRST_RENDER),
    ).toBeInTheDocument();
    expect(screen.getAllByRole("button", { name: "Clear filters" })).toHaveLength(2); // the bar's, and the empty state's
  });

  it("explains an error and retries", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async (input: RequestInfo | URL) =>
        String(input).startsWith("/api/workspaces")
          ? json(WORKSPACES)
          : new Response(JSON.stringify({ title: "Forbidden", status: 403, code: "forbidden" }), {
              status: 403,
              headers: { "Content-Type": "application/problem+json" },
            }),
      ),
    );
    renderInventory();
    const alert = await screen.findByRole("alert", {}, FIRST_RENDER);
    expect(alert).toHaveTextContent("Your role does not allow this action.");
    expect(within(alert).getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });

  it("renders only the rows in view of 10,000, loads the next page ahead, and moves by keyboard", {
    timeout: 90_000,
  }, async () => {
    const total = 10_000;
    const queries = mockBff((query) => {
      const start = Number(query.get("cursor") ?? 0);
      const end = Math.min(start + 200, total);
      return {
        items: Array.from({ length: end - start }, (_, i) => item(start + i)),
        nextCursor: end < total ? String(end) : null,
        total,
        ...ALL_READ,
      };
    });
    renderInventory();
    const firstLink = await screen.findByRole("link", { name: "svc-00000" }, FIRST_RENDER);
    const table = screen.getByRole("table");
    expect(table).toHaveAttribute("aria-rowcount", String(total + 1));
    const rendered = within(table).getAllByRole("row").length;
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(60); // the header, the rows in view and a few around them
    expect(screen.getByRole("status")).toHaveTextContent(
      "10,000 deployments (200 loaded; more load as you scroll)",
    );

    // One tab stop: the first row's link; arrows move between rows.
    expect(firstLink).toHaveAttribute("tabindex", "0");
    expect(screen.getByRole("link", { name: "svc-00001" })).toHaveAttribute("tabindex", "-1");
    firstLink.focus();
    const user = userEvent.setup();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("link", { name: "svc-00001" })).toHaveFocus();
    await user.keyboard("{End}");
    await waitFor(() => expect(screen.getByRole("link", { name: "svc-00199" })).toHaveFocus());
    // Near the end of what is loaded, the next page is fetched with the cursor.
    await waitFor(() => expect(queries).toContain("cursor=200&limit=200"));

    await user.keyboard("{Home}");
    await waitFor(() => expect(screen.getByRole("link", { name: "svc-00000" })).toHaveFocus());
    await user.keyboard("{Enter}");
    expect(
      await screen.findByRole("heading", { level: 1, name: "svc-00000" }, FIRST_RENDER),
    ).toBeInTheDocument();
  });
});
