import type { DeploymentPage, DeploymentSummary } from "@keyturn/api-contract";
import { configure, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { workspace } from "../../../testing/fixtures";
import { renderApp } from "../../../testing/render-app";

configure({ asyncUtilTimeout: 5_000 });
const FIRST_RENDER = { timeout: 20_000 };

const base: DeploymentSummary = {
  workspace: "ws-edge-southcentralus",
  name: "dispatch-eta",
  generation: "v1",
  computeType: "AKS",
  managed: true,
  notManagedReason: null,
  state: "Healthy",
  auth: { keyAuth: true, tokenAuth: false, mode: "key" },
  workspaceRegion: "southcentralus",
  clusterRegion: "southcentralus",
  scoringUri: null,
  createdAt: "2026-02-01T10:00:00.000Z",
  updatedAt: "2026-03-01T10:00:00.000Z",
  syncedAt: "2026-03-02T10:00:00.000Z",
  keyAges: [],
  endpointAuthMode: null,
  findings: { count: 0, highest: null },
};

/** What the BFF answers for a workspace holding a managed service, other kinds, and unreadable items. */
const PAGE: DeploymentPage = {
  items: [
    base,
    {
      ...base,
      name: "partner-gateway",
      computeType: "AKSENDPOINT",
      managed: false,
      notManagedReason: "kind_not_managed",
      state: "Migrating",
      auth: null,
      workspaceRegion: "usgovvirginia",
      clusterRegion: null,
    },
    {
      ...base,
      name: "camera-edge",
      computeType: "IOT",
      managed: false,
      notManagedReason: "kind_not_managed",
      state: null,
      auth: null,
    },
    // A name and a workspace longer than their columns: cut, the whole of each in a tooltip.
    { ...base, name: "fraud-scoring-blue-green-canary", workspace: "ws-partner-integrations-southcentralus" },
  ],
  nextCursor: null,
  total: 4,
  kinds: ["AKS", "AKSENDPOINT", "IOT"],
  unreadable: {
    count: 3,
    items: [
      { workspace: "ws-edge-southcentralus", name: "broken-svc", reason: "computeType: expected string" },
      { workspace: "ws-edge-southcentralus", name: null, reason: "name: required" },
    ],
  },
};

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json" } });

beforeEach(() => {
  // jsdom has no layout: give the scrolling table a height so the virtualiser renders rows.
  vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(600);
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: RequestInfo | URL) => {
      const url = new URL(String(input), "http://localhost");
      if (url.pathname === "/api/workspaces")
        return json({
          items: [workspace("ws-edge-southcentralus", "southcentralus", null)],
          source: "provider",
        });
      if (url.pathname === "/api/deployments") return json(PAGE);
      return new Response(null, { status: 404 });
    }),
  );
});

describe("the inventory's read-only rows and unreadable items", { timeout: 90_000 }, () => {
  it("lists another kind's service read-only: its kind and why, no link into the auth screens", async () => {
    renderApp("/inventory", ["Operator"]);
    const managed = await screen.findByRole("row", { name: /dispatch-eta/ }, FIRST_RENDER);
    expect(within(managed).getByRole("link", { name: "dispatch-eta" })).toBeInTheDocument();

    const other = screen.getByRole("row", { name: /partner-gateway/ });
    expect(within(other).queryByRole("link")).not.toBeInTheDocument();
    expect(within(other).getByText("AKSENDPOINT")).toBeInTheDocument();
    expect(within(other).getByText("Read-only")).toBeInTheDocument();
    expect(
      within(other).getByText(
        "Keyturn manages ACI and AKS services' auth; this AKSENDPOINT service is listed read-only.",
      ),
    ).toBeInTheDocument();
    // A state and a region the console does not know, as written.
    expect(within(other).getByText("Migrating")).toBeInTheDocument();
    expect(within(other).getByText("usgovvirginia")).toBeInTheDocument();
    // A known region by its display name.
    expect(within(managed).getByText("South Central US")).toBeInTheDocument();
    // No state reported.
    expect(
      within(screen.getByRole("row", { name: /camera-edge/ })).getByText("Not reported"),
    ).toBeInTheDocument();
  });

  it("cuts a long name and workspace, the whole of each in a tooltip the keyboard reaches", async () => {
    renderApp("/inventory", ["Operator"]);
    const link = await screen.findByRole("link", { name: "fraud-scoring-blue-green-canary" }, FIRST_RENDER);
    expect(link).toHaveTextContent(/^fraud-scoring-blue-green-ca…$/);
    const row = screen.getByRole("row", { name: /fraud-scoring/ });
    const workspaceCell = within(row).getByText("ws-partner-integrations-sou…");
    expect(workspaceCell).toHaveAttribute("tabindex", "0"); // the keyboard reaches its tooltip too
    expect(workspaceCell).toHaveAccessibleDescription("ws-partner-integrations-southcentralus");
    await userEvent.setup().hover(workspaceCell);
    expect(await screen.findByRole("tooltip")).toHaveTextContent("ws-partner-integrations-southcentralus");
    // A short value is left whole, with no tooltip.
    expect(screen.getByRole("link", { name: "dispatch-eta" })).toHaveTextContent(/^dispatch-eta$/);
  });

  it("says how many items could not be read, each one's name and why, and lists the others", async () => {
    renderApp("/inventory", ["Operator"]);
    expect(await screen.findByText("3 items could not be read", {}, FIRST_RENDER)).toBeInTheDocument();
    expect(
      screen.getByText("broken-svc in ws-edge-southcentralus: computeType: expected string"),
    ).toBeInTheDocument();
    expect(screen.getByText("(no name) in ws-edge-southcentralus: name: required")).toBeInTheDocument();
    expect(screen.getByText("and 1 more")).toBeInTheDocument();
    expect(screen.getByRole("row", { name: /dispatch-eta/ })).toBeInTheDocument();
  });

  it("offers the kinds present in the kind filter, managed ones in words and others as written", async () => {
    renderApp("/inventory", ["Operator"]);
    const filters = await screen.findByLabelText("Filter the deployments", {}, FIRST_RENDER);
    const compute = within(filters).getByRole("combobox", { name: "Compute" });
    expect(await within(compute).findByRole("option", { name: "AKSENDPOINT" })).toBeInTheDocument();
    expect(within(compute).getByRole("option", { name: "IOT" })).toBeInTheDocument();
    expect(within(compute).getByRole("option", { name: "ACI" })).toBeInTheDocument();
  });
});
