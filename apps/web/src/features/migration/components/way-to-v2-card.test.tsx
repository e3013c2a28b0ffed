import { configure, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { setApiAuth } from "../../../lib/api-client";
import { fakeApi, json, problem } from "../../../testing/fake-api";
import { deploymentDetail } from "../../../testing/fixtures";
import { renderApp } from "../../../testing/render-app";
import { migrationView, SUCCESSOR, WS } from "../migration-test-data";

configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const PAGE = `/deployments/${WS}/demo-open-aci`;
const DETAIL = `GET /api${PAGE}`;
const PLAN = `GET /api${PAGE}/migration`;
const detail = () =>
  json(
    deploymentDetail({
      name: "demo-open-aci",
      computeType: "ACI",
      auth: { keyAuth: false, tokenAuth: false, mode: "none" },
    }),
  );

beforeEach(() => setApiAuth({ getAccessToken: async () => "token-1", stepUp: async () => null }));
afterEach(() => {
  vi.restoreAllMocks();
  setApiAuth(undefined);
});

describe("the way-to-v2 card on a v1 service's page", () => {
  it("says support ended, what the service becomes, and links to the full plan while there is no endpoint", async () => {
    fakeApi({ [DETAIL]: detail, [PLAN]: () => json(migrationView()) });
    renderApp(PAGE, ["Auditor"]);
    expect(await screen.findByText("SDK v1 support ended on June 30, 2026")).toBeVisible();
    expect(await screen.findByText("Becomes: Managed online endpoint. Authentication: Keys.")).toBeVisible();
    const link = screen.getByRole("link", { name: "See the way to v2" });
    expect(link).toHaveAttribute("href", `${PAGE}/migration`);
  });

  it("links to the successor endpoint once it exists", async () => {
    fakeApi({ [DETAIL]: detail, [PLAN]: () => json(migrationView(SUCCESSOR)) });
    renderApp(PAGE, ["Operator"]);
    const link = await screen.findByRole("link", { name: "Open the endpoint demo-open-aci" });
    expect(link).toHaveAttribute("href", `/endpoints/${WS}/demo-open-aci`);
    expect(screen.queryByRole("link", { name: "See the way to v2" })).toBeNull();
  });

  it("still leads to the plan page when the plan cannot be read", async () => {
    fakeApi({ [DETAIL]: detail, [PLAN]: () => problem(502, "provider_unavailable") });
    renderApp(PAGE, ["Auditor"]);
    expect(await screen.findByText("SDK v1 support ended on June 30, 2026")).toBeVisible();
    expect(screen.getByRole("link", { name: "See the way to v2" })).toHaveAttribute(
      "href",
      `${PAGE}/migration`,
    );
    expect(screen.queryByText(/^Becomes:/)).toBeNull();
  });
});
