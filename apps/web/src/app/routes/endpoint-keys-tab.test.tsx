import type { EndpointDetail } from "@keyturn/api-contract";
import { configure, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeApi, json } from "../../testing/fake-api";
import { renderApp } from "../../testing/render-app";

configure({ asyncUtilTimeout: 5_000 });
const FIRST_RENDER = { timeout: 20_000 };

const WS = "ws-ml-westeurope";
const NAME = "route-k8s";
const BASE = `/api/endpoints/${WS}/${NAME}`;

const endpoint = (authMode: EndpointDetail["authMode"]): EndpointDetail => ({
  workspace: WS,
  name: NAME,
  kind: "Kubernetes",
  authMode,
  region: "westeurope",
  location: "westeurope",
  provisioningState: "Succeeded",
  scoringUri: `https://${NAME}.westeurope.inference.ml.azure.com/score`,
  compute: "aks-weu-01",
  traffic: [{ deployment: "main", percent: 100 }],
  deployments: ["main"],
  authModes: ["Key", "AMLToken"],
  usesKeys: authMode === "Key",
  entra: null,
  publicNetworkAccess: "Enabled",
  connection: { id: "c1", name: "Emulator" },
  createdAt: null,
  updatedAt: null,
  etag: '"v1"',
});

describe("an online endpoint's Keys tab", { timeout: 60_000 }, () => {
  it("puts the key rotation under the keys in Key mode, on the endpoint's own routes", async () => {
    const api = fakeApi({
      [`GET ${BASE}`]: () => json(endpoint("Key")),
      [`GET ${BASE}/keys`]: () => json({ workspace: WS, endpoint: NAME, keys: [], etag: '"k1"' }),
      [`GET ${BASE}/rotations`]: () => json({ workspace: WS, deployment: NAME, items: [] }),
      [`GET ${BASE}/destinations`]: () =>
        json({ workspace: WS, deployment: NAME, activeSlot: "Primary", destinations: [], policy: null }),
    });
    renderApp(`/endpoints/${WS}/${NAME}?tab=keys`, ["Operator"]);
    expect(await screen.findByRole("region", { name: "Key rotation" }, FIRST_RENDER)).toBeVisible();
    expect(await screen.findByText("No rotation of this endpoint yet.")).toBeVisible();
    expect(screen.getByRole("button", { name: "Rotate the keys…" })).not.toHaveAttribute("aria-disabled");
    expect(api.calls.some((call) => call.path.startsWith("/api/deployments/"))).toBe(false);
  });

  it("warns about a key changed outside Keyturn and a weak one, as on a deployment's keys", async () => {
    const key = (
      keyType: "Primary" | "Secondary",
      facts: { changedOutsideConsole: boolean; weak: boolean },
    ) => ({
      keyType,
      fingerprint: keyType === "Primary" ? "a1b2c3d4e5f6" : "0f1e2d3c4b5a",
      issuedAt: "2026-03-01T10:00:00.000Z",
      rotatedAt: null,
      rotatedBy: null,
      ageDays: 3,
      ...facts,
    });
    fakeApi({
      [`GET ${BASE}`]: () => json(endpoint("Key")),
      [`GET ${BASE}/keys`]: () =>
        json({
          workspace: WS,
          endpoint: NAME,
          keys: [
            key("Primary", { changedOutsideConsole: true, weak: false }),
            key("Secondary", { changedOutsideConsole: false, weak: true }),
          ],
          etag: '"k1"',
        }),
      [`GET ${BASE}/rotations`]: () => json({ workspace: WS, deployment: NAME, items: [] }),
      [`GET ${BASE}/destinations`]: () =>
        json({ workspace: WS, deployment: NAME, activeSlot: "Primary", destinations: [], policy: null }),
    });
    renderApp(`/endpoints/${WS}/${NAME}?tab=keys`, ["Operator"]);
    const primary = await screen.findByRole("region", { name: "Primary key" }, FIRST_RENDER);
    const secondary = screen.getByRole("region", { name: "Secondary key" });
    expect(within(primary).getByText(/changed outside Keyturn/)).toBeVisible();
    expect(within(primary).queryByText(/breaks the key rule/)).not.toBeInTheDocument();
    expect(within(secondary).getByText(/breaks the key rule/)).toBeVisible();
    expect(within(secondary).queryByText(/changed outside Keyturn/)).not.toBeInTheDocument();
  });

  it("has no Keys tab, and asks for no rotation, in a token mode", async () => {
    const api = fakeApi({ [`GET ${BASE}`]: () => json(endpoint("AMLToken")) });
    renderApp(`/endpoints/${WS}/${NAME}?tab=keys`, ["Operator"]);
    expect(await screen.findByRole("tab", { name: "Token" }, FIRST_RENDER)).toBeVisible();
    expect(screen.queryByRole("tab", { name: "Keys" })).not.toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Key rotation" })).not.toBeInTheDocument();
    expect(api.callsTo(`GET ${BASE}/rotations`)).toEqual([]);
  });
});
