import { act, configure, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi, json, problem } from "../../../testing/fake-api";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { TokenPanel, type TokenPanelProps } from "./token-panel";

// Fluent renders slowly in jsdom, and this machine is shared: wait longer than the defaults.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const BASE = "/api/deployments/ws-prod/fraud";
const NOW = Date.parse("2026-01-22T10:00:00.000Z") / 1000;

const tokenMetadata = (overrides: Record<string, unknown> = {}) => ({
  workspace: "ws-prod",
  deployment: "fraud",
  tokenType: "Bearer",
  refreshAfter: NOW + 5,
  expiryOn: NOW + 10,
  state: "fresh",
  secondsUntilRefresh: 5,
  secondsUntilExpiry: 10,
  claims: {
    aud: "https://fraud.westeurope.inference.ml.azure.com",
    iss: "https://westeurope.api.azureml.ms",
    exp: NOW + 10,
  },
  fingerprint: "c0ffee123456",
  latencyMs: 120,
  region: "westeurope",
  cached: false,
  fetchedAt: "2026-01-22T10:00:00.000Z",
  ...overrides,
});

const latencies = () =>
  json({
    windowHours: 24,
    maxSamplesPerRegion: 1000,
    regions: [
      {
        region: "westeurope",
        name: "West Europe",
        samples: 12,
        p50Ms: 110,
        p95Ms: 240,
        lastAt: "2026-01-22T09:59:00.000Z",
      },
    ],
  });

function renderPanel(props: Partial<TokenPanelProps> = {}, roles = ["Operator"]) {
  return renderWithProviders(
    <TokenPanel
      workspace="ws-prod"
      name="fraud"
      computeType="AKS"
      authMode="token"
      workspaceRegion="westeurope"
      clusterRegion="eastus"
      {...props}
    />,
    { me: meWithRoles(roles) },
  );
}

afterEach(() => vi.useRealTimers());

describe("token panel", () => {
  it("counts down live and switches fresh → refresh-due → expired at refreshAfter and expiryOn", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval", "Date"] });
    vi.setSystemTime(NOW * 1000);
    fakeApi({ [`POST ${BASE}/token`]: () => json(tokenMetadata()), "GET /api/regions/latency": latencies });
    renderPanel();
    await userEvent.setup().click(await screen.findByRole("button", { name: "Get a token" }));

    const refreshRow = () => screen.getAllByRole("timer")[0];
    const expiryRow = () => screen.getAllByRole("timer")[1];
    const live = () => document.querySelector('[aria-live="polite"]');
    const announcements: string[] = [];
    await screen.findByText("Fresh");
    const observer = new MutationObserver(() => announcements.push(live()?.textContent ?? ""));
    observer.observe(live() as Node, { childList: true, characterData: true, subtree: true });
    expect(live()).toHaveTextContent("The token is fresh.");
    expect(refreshRow()).toHaveTextContent("in 5 sec");
    expect(expiryRow()).toHaveTextContent("in 10 sec");

    const advance = async (ms: number) => {
      act(() => vi.advanceTimersByTime(ms));
      await act(async () => {}); // let the observer record
    };

    await advance(4_000);
    expect(refreshRow()).toHaveTextContent("in 1 sec");
    expect(screen.getByText("Fresh")).toBeInTheDocument();

    await advance(999);
    expect(screen.getByText("Fresh")).toBeInTheDocument();
    await advance(1); // refreshAfter
    expect(screen.getByText("Refresh due")).toBeInTheDocument();
    expect(refreshRow()).toHaveTextContent("now");
    expect(expiryRow()).toHaveTextContent("in 5 sec");
    expect(live()).toHaveTextContent("The token is past its refresh-by time: get a new one.");

    await advance(4_999);
    expect(screen.getByText("Refresh due")).toBeInTheDocument();
    await advance(1); // expiryOn
    expect(screen.getByText("Expired")).toBeInTheDocument();
    expect(expiryRow()).toHaveTextContent("expired");
    expect(live()).toHaveTextContent("The token has expired.");

    // The live region spoke on the two state changes only, not on every second.
    observer.disconnect();
    expect(announcements.filter((text, i) => text !== announcements[i - 1])).toEqual([
      "The token is past its refresh-by time: get a new one.",
      "The token has expired.",
    ]);
  });

  it("shows the claims, the fetch latency and the region's p50/p95, and warns about a distant cluster", async () => {
    fakeApi({ [`POST ${BASE}/token`]: () => json(tokenMetadata()), "GET /api/regions/latency": latencies });
    renderPanel();
    await userEvent.setup().click(await screen.findByRole("button", { name: "Get a token" }));

    const claims = await screen.findByRole("table", { name: "Claims" });
    expect(within(claims).getByText("iss")).toBeInTheDocument();
    expect(within(claims).getByText("https://westeurope.api.azureml.ms")).toBeInTheDocument();
    expect(
      screen.getByText(
        "Tokens are issued through the workspace's region, West Europe. This fetch took 120 ms.",
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        "Recent fetches from West Europe: median 110 ms, 95th percentile 240 ms (12 fetches).",
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/^The service runs in East US, not in West Europe/)).toBeInTheDocument();
  });

  it("explains a down workspace region in the seed's terms", async () => {
    fakeApi({ [`POST ${BASE}/token`]: () => problem(503, "workspace_region_down") });
    renderPanel();
    await userEvent.setup().click(await screen.findByRole("button", { name: "Get a token" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The workspace's region is down");
    expect(alert).toHaveTextContent(
      "Tokens come from the workspace's region, West Europe, so none can be had until it is back, even if the service's cluster runs in another region.",
    );
    expect(alert).toHaveTextContent("Services that use key authentication keep working.");
  });

  it("reveals the token and hides it after 30 seconds", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval", "Date"] });
    vi.setSystemTime(NOW * 1000);
    const secret = "eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJ4In0.c2lnbmF0dXJl";
    fakeApi({
      [`POST ${BASE}/token`]: () =>
        json(
          tokenMetadata({
            refreshAfter: NOW + 600,
            expiryOn: NOW + 900,
            secondsUntilRefresh: 600,
            secondsUntilExpiry: 900,
          }),
        ),
      [`POST ${BASE}/token/reveal`]: () =>
        json({ tokenType: "Bearer", fingerprint: "c0ffee123456", expiryOn: NOW + 900, accessToken: secret }),
      "GET /api/regions/latency": latencies,
    });
    renderPanel();
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Get a token" }));
    await user.click(await screen.findByRole("button", { name: "Reveal the token" }));

    expect(await screen.findByRole("region", { name: "The token" })).toHaveTextContent(secret);
    act(() => vi.advanceTimersByTime(30_000));
    expect(screen.queryByRole("region", { name: "The token" })).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(secret);
  });

  it("explains why there is nothing to get without token auth", async () => {
    fakeApi({});
    renderPanel({ computeType: "ACI", authMode: "key", clusterRegion: null });
    expect(screen.getByText(/^ACI services do not support token authentication/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Get a token" })).not.toBeInTheDocument();
  });

  it("tells a role that may not get a token why, instead of inviting it to get one", async () => {
    fakeApi({ "GET /api/regions/latency": latencies });
    renderPanel({}, ["Auditor"]);
    const button = screen.getByRole("button", { name: "Get a token" });
    const reason = "Only people with one of the Operator or Key rotator roles can do this.";
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveAccessibleDescription(reason);
    expect(screen.getByText(reason)).toBeVisible();
    expect(screen.queryByText(/^Get a token to see its claims/)).not.toBeInTheDocument();
  });
});
