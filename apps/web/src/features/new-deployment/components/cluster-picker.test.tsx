import { configure, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { ClusterPicker } from "./cluster-picker";

configure({ asyncUtilTimeout: 5_000 });

const URL_OF = "/api/workspaces/ws-prod-eastus/computes?kind=AKS";
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": status >= 400 ? "application/problem+json" : "application/json" },
  });
const UNAVAILABLE = { type: "about:blank", title: "Bad gateway", status: 502, code: "provider_unavailable" };

/** The only mock: `fetch`, answering the clusters' URL with each answer in turn (the last one repeats). */
function answers(...bodies: (() => Promise<Response>)[]) {
  const urls: string[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: RequestInfo | URL) => {
      urls.push(String(input));
      const next = bodies.length > 1 ? bodies.shift() : bodies[0];
      return next ? next() : json({}, 404);
    }),
  );
  return urls;
}

const render = (onChange = vi.fn()) => {
  renderWithProviders(
    <ClusterPicker workspace="ws-prod-eastus" value="" onChange={onChange} invalid={false} />,
    {
      me: meWithRoles(["Operator"]),
    },
  );
  return onChange;
};
const picker = () => screen.getByRole("combobox", { name: "AKS cluster" });

afterEach(() => vi.unstubAllGlobals());

describe("cluster picker", { timeout: 30_000 }, () => {
  it("says it is loading, then offers the workspace's clusters with their regions", async () => {
    let release: (r: Response) => void = () => {};
    const urls = answers(() => new Promise((resolve) => (release = resolve)));
    const onChange = render();
    expect(await screen.findByText("Loading the workspace's clusters…")).toBeVisible();
    expect(picker()).toHaveAttribute("aria-busy", "true");
    release(json({ items: [{ name: "aks-prod-eastus", computeType: "AKS", region: "eastus" }] }));
    expect(await screen.findByText("Choose a cluster")).toBeVisible();
    await userEvent.setup().click(picker());
    await userEvent.setup().click(await screen.findByRole("option", { name: "aks-prod-eastus (East US)" }));
    expect(onChange).toHaveBeenCalledWith("aks-prod-eastus");
    expect(urls).toEqual([URL_OF]);
  });

  it("says when the workspace has no attached cluster, with nothing to open", async () => {
    answers(async () => json({ items: [] }));
    render();
    expect(await screen.findByText(/^This workspace has no attached AKS cluster/)).toBeVisible();
    expect(picker()).toBeDisabled();
  });

  it("says when the clusters could not be read, and Try again reads them again", async () => {
    const urls = answers(
      async () => json(UNAVAILABLE, 502),
      async () => json({ items: [{ name: "aks-dr-westus2", computeType: "AKS", region: "westus2" }] }),
    );
    render();
    expect(await screen.findByText("The workspace's clusters could not be read.")).toBeVisible();
    await userEvent.setup().click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("Choose a cluster")).toBeVisible();
    expect(screen.queryByText("The workspace's clusters could not be read.")).toBeNull();
    expect(urls.length).toBeGreaterThanOrEqual(2);
  });
});
