import type { EndpointDetail } from "@keyturn/api-contract";
import { configure, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { rotationAt } from "../../features/rotation/rotation-fixtures";
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

  it("keeps the Keys tab in a token mode: no keys, the past rotations, and why none can start", async () => {
    const api = fakeApi({
      [`GET ${BASE}`]: () => json(endpoint("AMLToken")),
      [`GET ${BASE}/rotations`]: () =>
        json({
          workspace: WS,
          deployment: NAME,
          items: [rotationAt("completed", { workspace: WS, deployment: NAME })],
        }),
      [`GET ${BASE}/destinations`]: () =>
        json({ workspace: WS, deployment: NAME, activeSlot: "Primary", destinations: [], policy: null }),
    });
    renderApp(`/endpoints/${WS}/${NAME}?tab=keys`, ["Operator"]);
    expect(await screen.findByRole("tab", { name: "Token" }, FIRST_RENDER)).toBeVisible();
    expect(screen.getByRole("tab", { name: "Keys" })).toHaveAttribute("aria-selected", "true");
    expect(await screen.findByText(/Only an endpoint in Key mode can be rotated/)).toBeVisible();
    const table = await screen.findByRole("table", { name: `Rotations of ${NAME}` });
    const [, row] = within(table).getAllByRole("row");
    expect(row).toHaveTextContent("support@keyturn.test");
    expect(row).toHaveTextContent("Completed");
    expect(screen.queryByRole("region", { name: "Primary key" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Rotate the keys…" })).toHaveAttribute("aria-disabled", "true");
    expect(api.callsTo(`GET ${BASE}/keys`)).toEqual([]);
  });
});
