import type { EndpointDetail } from "@keyturn/api-contract";
import { configure, screen } from "@testing-library/react";
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

  it("has no Keys tab, and asks for no rotation, in a token mode", async () => {
    const api = fakeApi({ [`GET ${BASE}`]: () => json(endpoint("AMLToken")) });
    renderApp(`/endpoints/${WS}/${NAME}?tab=keys`, ["Operator"]);
    expect(await screen.findByRole("tab", { name: "Token" }, FIRST_RENDER)).toBeVisible();
    expect(screen.queryByRole("tab", { name: "Keys" })).not.toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Key rotation" })).not.toBeInTheDocument();
    expect(api.callsTo(`GET ${BASE}/rotations`)).toEqual([]);
  });
});
