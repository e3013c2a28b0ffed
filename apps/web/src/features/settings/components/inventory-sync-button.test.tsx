import { act, configure, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { changeLanguage } from "../../../lib/i18n/i18n";
import { fakeApi, json, problem } from "../../../testing/fake-api";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { INVENTORY_SYNC_PATH } from "../api/sync-inventory";
import { connectionList, EMULATOR } from "../connection-fixtures";
import { WorkspaceConnections } from "./workspace-connections";

// Fluent renders slowly in jsdom, and this machine is shared: wait longer than the defaults.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const LIST = "GET /api/connections";
const SYNC = `POST ${INVENTORY_SYNC_PATH}`;
const report = (overrides: Record<string, unknown> = {}) => ({
  outcome: "ran",
  workspaces: 3,
  deployments: 16,
  otherKinds: 0,
  removed: 0,
  failed: [],
  unreadable: { count: 0, items: [] },
  ...overrides,
});

function render(roles = ["Admin"]) {
  return renderWithProviders(<WorkspaceConnections />, { me: meWithRoles(roles), toaster: true });
}

afterEach(async () => {
  await act(() => changeLanguage("en"));
});

describe("sync inventory now", () => {
  it("shows a spinner while the sync runs, then what it found, and reads the inventory again", async () => {
    let answer: (response: Response) => void = () => {};
    const api = fakeApi({
      [LIST]: () => connectionList(EMULATOR),
      [SYNC]: () =>
        new Promise<Response>((resolve) => {
          answer = resolve;
        }),
    });
    const { queryClient } = render();
    const user = userEvent.setup();
    const invalidate = vi.spyOn(queryClient, "invalidateQueries");

    await user.click(await screen.findByRole("button", { name: "Sync inventory now" }));
    const running = await screen.findByRole("button", { name: "Syncing the inventory…" });
    expect(running).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByRole("progressbar")).toBeInTheDocument();
    await user.click(running); // no second sync while one runs
    expect(api.callsTo(SYNC)).toHaveLength(1);

    answer(json(report()));
    expect(await screen.findByText("Inventory synced: 16 deployments in 3 workspaces")).toBeVisible();
    expect(screen.getByRole("button", { name: "Sync inventory now" })).not.toHaveAttribute("aria-disabled");
    const keys = invalidate.mock.calls.map(([filters]) => filters?.queryKey?.[0]);
    expect(keys).toEqual(expect.arrayContaining(["connections", "workspaces", "deployments"]));
    await waitFor(() => expect(api.callsTo(LIST)).toHaveLength(2)); // the counts come from the inventory
  });

  it("counts in the singular too", async () => {
    fakeApi({
      [LIST]: () => connectionList(EMULATOR),
      [SYNC]: () => json(report({ workspaces: 1, deployments: 1 })),
    });
    render();
    await userEvent.setup().click(await screen.findByRole("button", { name: "Sync inventory now" }));
    expect(await screen.findByText("Inventory synced: 1 deployment in 1 workspace")).toBeVisible();
  });

  it("names the workspaces whose deployments could not be listed", async () => {
    fakeApi({
      [LIST]: () => connectionList(EMULATOR),
      [SYNC]: () => json(report({ failed: ["ws-ml-westeurope", "ws-research-japaneast"] })),
    });
    render();
    await userEvent.setup().click(await screen.findByRole("button", { name: "Sync inventory now" }));
    expect(await screen.findByText("Inventory synced, except 2 workspaces")).toBeVisible();
    expect(
      screen.getByText(
        "Could not list the deployments of ws-ml-westeurope and ws-research-japaneast: they are shown as they were. Try again later.",
      ),
    ).toBeVisible();
  });

  it("says in plain words why a sync failed", async () => {
    fakeApi({ [LIST]: () => connectionList(EMULATOR), [SYNC]: () => problem(502, "provider_unavailable") });
    render();
    await userEvent.setup().click(await screen.findByRole("button", { name: "Sync inventory now" }));
    expect(await screen.findByText("The Azure ML workspace cannot be reached right now.")).toBeVisible();
    expect(screen.getByRole("button", { name: "Sync inventory now" })).toBeVisible();
  });

  it("speaks Spanish", async () => {
    await act(() => changeLanguage("es"));
    fakeApi({ [LIST]: () => connectionList(EMULATOR), [SYNC]: () => json(report()) });
    render();
    await userEvent
      .setup()
      .click(await screen.findByRole("button", { name: "Sincronizar el inventario ahora" }));
    expect(
      await screen.findByText("Inventario sincronizado: 16 implementaciones en 3 áreas de trabajo"),
    ).toBeVisible();
  });

  it("is not offered without settings:admin", async () => {
    fakeApi({ [LIST]: () => connectionList(EMULATOR) });
    render(["Operator"]);
    expect(await screen.findByRole("table", { name: "Workspace connections" })).toBeVisible();
    expect(screen.queryByRole("button", { name: "Sync inventory now" })).not.toBeInTheDocument();
  });
});
