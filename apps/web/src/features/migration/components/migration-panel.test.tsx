import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { setApiAuth } from "../../../lib/api-client";
import { fakeApi, json } from "../../../testing/fake-api";
import { renderApp } from "../../../testing/render-app";
import { migrationView, SUCCESSOR, WS } from "../migration-test-data";

configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const PLAN_PATH = `/api/deployments/${WS}/demo-open-aci/migration`;

beforeEach(() => setApiAuth({ getAccessToken: async () => "token-1", stepUp: async () => null }));
afterEach(() => {
  vi.restoreAllMocks();
  setApiAuth(undefined);
});

describe("the way to v2 panel", () => {
  it("shows the plan, what breaks for callers and the definition; an Operator creates the endpoint after confirming", async () => {
    const api = fakeApi({
      [`GET ${PLAN_PATH}`]: [() => json(migrationView()), () => json(migrationView(SUCCESSOR))],
      [`POST ${PLAN_PATH}/endpoint`]: () => json({ created: true, successor: SUCCESSOR }, 201),
    });
    renderApp(`/deployments/${WS}/demo-open-aci/migration`, ["Operator"]);

    expect(await screen.findByRole("heading", { level: 1, name: "Way to v2: demo-open-aci" })).toBeVisible();
    expect(await screen.findByText("Managed online endpoint")).toBeVisible();
    expect(screen.getByText("No authentication, then Keys")).toBeVisible();
    expect(screen.getByText(/callers must start sending a key/)).toBeVisible();
    const callers = screen.getByRole("table", { name: "What callers must change" });
    const url = within(callers).getByRole("row", { name: /Scoring URL/ });
    expect(url).toHaveTextContent("https://demo-open-aci.eastus.inference.ml.azure.com/score");
    expect(within(callers).getByRole("row", { name: /Authorization header/ })).toHaveTextContent(
      "NothingBearer and an endpoint key",
    );
    expect(screen.getByText(/\$schema: https:\/\/azuremlschemas/)).toBeVisible();
    expect(screen.getByRole("button", { name: "Download YAML" })).toBeEnabled();

    await userEvent.click(screen.getByRole("button", { name: "Create the endpoint" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Create the endpoint demo-open-aci?" });
    expect(dialog).toHaveTextContent(
      "This creates the Managed online endpoint demo-open-aci in ws-prod-eastus with Keys, tagged as the successor of demo-open-aci.",
    );
    expect(api.callsTo(`POST ${PLAN_PATH}/endpoint`)).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole("button", { name: "Create the endpoint" }));

    const link = await screen.findByRole("link", { name: "Open the endpoint demo-open-aci" });
    expect(link).toHaveAttribute("href", `/endpoints/${WS}/demo-open-aci`);
    expect(api.callsTo(`POST ${PLAN_PATH}/endpoint`)).toHaveLength(1);
    expect(screen.queryByRole("button", { name: "Create the endpoint" })).toBeNull();
  });

  it("offers no creation to a reader, and says when the workspace did not answer", async () => {
    fakeApi({ [`GET ${PLAN_PATH}`]: () => json({ ...migrationView(), source: "inventory" }) });
    renderApp(`/deployments/${WS}/demo-open-aci/migration`, ["Auditor"]);
    expect(await screen.findByText(/this plan is from the inventory's last sync/)).toBeVisible();
    expect(screen.getByText("The endpoint has not been created yet.")).toBeVisible();
    await waitFor(() => expect(screen.queryByRole("button", { name: "Create the endpoint" })).toBeNull());
    expect(screen.getByRole("link", { name: "Every service's plan" })).toHaveAttribute("href", "/migration");
  });
});
