import type { DeploymentPage, DeploymentSummary } from "@keyturn/api-contract";
import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { workspace } from "../../../testing/fixtures";
import { renderApp } from "../../../testing/render-app";

configure({ asyncUtilTimeout: 5_000 });
const FIRST_RENDER = { timeout: 20_000 };

const service: DeploymentSummary = {
  workspace: "ws-ml-westeurope",
  name: "anomaly-watch",
  generation: "v1",
  computeType: "AKS",
  managed: true,
  notManagedReason: null,
  state: "Healthy",
  auth: { keyAuth: false, tokenAuth: false, mode: "none" },
  endpointAuthMode: null,
  workspaceRegion: "westeurope",
  clusterRegion: "westeurope",
  scoringUri: null,
  createdAt: "2026-02-01T10:00:00.000Z",
  updatedAt: "2026-03-01T10:00:00.000Z",
  syncedAt: "2026-03-02T10:00:00.000Z",
  keyAges: [],
  findings: { count: 2, highest: "high" },
};

/** A v1 service with auth off, a Kubernetes endpoint of the same workspace, and a read-only row. */
const PAGE: DeploymentPage = {
  items: [
    service,
    {
      ...service,
      name: "route-k8s",
      generation: "v2",
      computeType: "Kubernetes",
      auth: null,
      endpointAuthMode: "Key",
      state: "Succeeded",
      findings: { count: 1, highest: "low" },
    },
    {
      ...service,
      name: "partner-gateway",
      computeType: "AKSENDPOINT",
      managed: false,
      notManagedReason: "kind_not_managed",
      auth: null,
      findings: { count: 0, highest: null },
    },
  ],
  nextCursor: null,
  total: 3,
  kinds: ["AKS", "AKSENDPOINT", "Kubernetes"],
  unreadable: { count: 0, items: [] },
};

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json" } });

let postureQueries: string[];
beforeEach(() => {
  postureQueries = [];
  // jsdom has no layout: give the scrolling table a height so the virtualiser renders rows.
  vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(600);
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: RequestInfo | URL) => {
      const url = new URL(String(input), "http://localhost");
      if (url.pathname === "/api/workspaces")
        return json({ items: [workspace("ws-ml-westeurope", "westeurope", null)], source: "provider" });
      if (url.pathname === "/api/deployments") return json(PAGE);
      if (url.pathname === "/api/posture") postureQueries.push(url.search.slice(1));
      return new Response(null, { status: 404 });
    }),
  );
});

describe("the inventory's findings and its two generations", { timeout: 90_000 }, () => {
  it("shows each row's findings as a count and its most severe, linking to Posture for that deployment and generation", async () => {
    const { router } = renderApp("/inventory", ["Auditor"]);
    const row = await screen.findByRole("row", { name: /anomaly-watch/ }, FIRST_RENDER);
    const link = within(row).getByRole("link", {
      name: "2 findings High (most severe), anomaly-watch: open in Posture",
    });
    expect(link).toHaveTextContent("2 findings");
    expect(within(link).getByText("High")).toBeInTheDocument();
    expect(link).toHaveAttribute(
      "href",
      "/posture?workspace=ws-ml-westeurope&deployment=anomaly-watch&generation=v1",
    );
    // A read-only row's auth is not read: no finding, no link.
    const readOnly = screen.getByRole("row", { name: /partner-gateway/ });
    expect(within(readOnly).queryByRole("link")).not.toBeInTheDocument();
    expect(within(readOnly).queryByText("None")).not.toBeInTheDocument();

    await userEvent.setup().click(link);
    await waitFor(() =>
      expect(router.state.location.search).toEqual({
        workspace: "ws-ml-westeurope",
        deployment: "anomaly-watch",
        generation: "v1",
      }),
    );
    // Posture asks the BFF for that service's findings only (an endpoint may have its name).
    await waitFor(() =>
      expect(postureQueries).toContain(
        "workspace=ws-ml-westeurope&deployment=anomaly-watch&generation=v1&limit=200",
      ),
    );
  });

  it("lists an online endpoint beside the services: its kind, Azure's mode, its own pages", async () => {
    renderApp("/inventory", ["Operator"]);
    const row = await screen.findByRole("row", { name: /route-k8s/ }, FIRST_RENDER);
    expect(within(row).getByRole("link", { name: "route-k8s" })).toHaveAttribute(
      "href",
      "/endpoints/ws-ml-westeurope/route-k8s",
    );
    expect(within(row).getByText("Kubernetes online endpoint")).toBeInTheDocument();
    expect(within(row).getByText("Key")).toBeInTheDocument();
    expect(within(row).getByText("Succeeded")).toBeInTheDocument();
    expect(
      within(row).getByRole("link", {
        name: "1 finding Low (most severe), route-k8s: open in Posture",
      }),
    ).toBeInTheDocument();
    // Both generations' kinds and modes filter the one list.
    const filters = screen.getByLabelText("Filter the deployments");
    const compute = within(filters).getByRole("combobox", { name: "Compute" });
    expect(within(compute).getByRole("option", { name: "Managed online endpoint" })).toBeInTheDocument();
    const mode = within(filters).getByRole("combobox", { name: "Authentication" });
    expect(within(mode).getByRole("option", { name: "Off (web service)" })).toBeInTheDocument();
    expect(
      within(mode).getByRole("option", { name: "Microsoft Entra token (online endpoint)" }),
    ).toBeInTheDocument();
  });
});
