import type { EndpointDetail } from "@keyturn/api-contract";
import { configure, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { EndpointTokenPanel } from "./endpoint-token-panel";

configure({ asyncUtilTimeout: 5_000 });

const endpoint = (authMode: EndpointDetail["authMode"]): EndpointDetail => ({
  workspace: "ws-ml-westeurope",
  name: "claims-online",
  kind: "Managed",
  authMode,
  region: "westeurope",
  location: "westeurope",
  provisioningState: "Succeeded",
  scoringUri: "https://claims-online.westeurope.inference.ml.azure.com/score",
  compute: null,
  traffic: [{ deployment: "main", percent: 100 }],
  deployments: ["main"],
  authModes: ["Key", "AMLToken", "AADToken"],
  usesKeys: authMode === "Key",
  entra: null,
  publicNetworkAccess: "Enabled",
  connection: { id: "c1", name: "Emulator" },
  createdAt: null,
  updatedAt: null,
  etag: '"v1"',
});

describe("endpoint token panel", { timeout: 60_000 }, () => {
  it("gets an AML token's metadata and counts down to its refresh time, never showing the token", async () => {
    const now = Math.floor(Date.now() / 1000);
    const fetch = vi.fn(
      async (_input: RequestInfo | URL, _init?: RequestInit) =>
        new Response(
          JSON.stringify({
            workspace: "ws-ml-westeurope",
            endpoint: "claims-online",
            tokenType: "Bearer",
            refreshAfter: now + 1800,
            expiryOn: now + 3600,
            state: "fresh",
            secondsUntilRefresh: 1800,
            secondsUntilExpiry: 3600,
            fingerprint: "0123456789ab",
            fetchedAt: new Date().toISOString(),
          }),
          { status: 200, headers: { "Content-Type": "application/json" } },
        ),
    );
    vi.stubGlobal("fetch", fetch);
    renderWithProviders(<EndpointTokenPanel endpoint={endpoint("AMLToken")} />, {
      me: meWithRoles(["KeyRotator"]),
    });
    await userEvent.setup().click(screen.getByRole("button", { name: "Get a token" }));
    expect(await screen.findByText(/^Fetch a new token in /)).toBeVisible();
    expect(screen.getByRole("timer")).toHaveTextContent(/^Expires in /);
    expect(screen.getByText("0123456789ab")).toBeVisible();
    expect(String(fetch.mock.calls[0]?.[0])).toBe("/api/endpoints/ws-ml-westeurope/claims-online/token");
  });

  it("says an endpoint in another mode has no AML token, and offers none", () => {
    renderWithProviders(<EndpointTokenPanel endpoint={endpoint("Key")} />, {
      me: meWithRoles(["KeyRotator"]),
    });
    expect(screen.getByText("This endpoint does not use Azure ML tokens: its mode is Key.")).toBeVisible();
    expect(screen.queryByRole("button", { name: "Get a token" })).toBeNull();
  });
});
