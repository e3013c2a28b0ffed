import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { formatDateTime } from "../../../lib/i18n/format";
import { fakeApi, json, problem } from "../../../testing/fake-api";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { connectionList, EMULATOR, RESEARCH } from "../connection-fixtures";
import { WorkspaceConnections } from "./workspace-connections";

// Fluent renders slowly in jsdom, and this machine is shared: wait longer than the defaults.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const LIST = "GET /api/connections";
const TEST = `POST /api/connections/${EMULATOR.id}/test`;
const render = () => renderWithProviders(<WorkspaceConnections />, { me: meWithRoles(["Admin"]) });

/** The table's body rows, as the text of their cells. */
const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    );

describe("workspace connections", () => {
  it("lists each connection: scope, endpoint, principal in words with fingerprints, counts, last change", async () => {
    fakeApi({ [LIST]: () => connectionList(EMULATOR, { ...RESEARCH, deploymentCount: 1234 }) });
    render();

    const table = await screen.findByRole("table", { name: "Workspace connections" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((cell) => cell.textContent),
    ).toEqual([
      "Name",
      "Scope",
      "Endpoint",
      "Principal",
      "Workspaces",
      "Deployments",
      "Last change",
      "Actions",
    ]);
    const [emulator, research] = rowsOf(table);
    expect(emulator?.slice(0, 7)).toEqual([
      "Emulator (keyturn-dev)",
      "All workspacesResource group keyturn-devSubscription 00000000-0000-0000-0000-000000000000",
      "http://localhost:8181",
      "Service principal with a client secretClient ID keyturn-bffSecret fingerprint a1b2c3d4e5f6" +
        "Reader keyturn-reader, secret fingerprint 0f9e8d7c6b5a",
      "3",
      "16",
      // How long ago, above the date and time.
      expect.stringMatching(new RegExp(`^\\d+ \\w+ ago${formatDateTime(EMULATOR.updatedAt, "en")}$`)),
    ]);
    expect(research?.slice(1, 6)).toEqual([
      "Workspace ws-research-japaneastResource group rg-researchSubscription 1b6a53f4-7c2d-4e8a-9f3b-2d5c8e1a0b7f",
      "https://management.azure.com",
      "Managed identitySystem-assigned identityNo separate Reader principal",
      "1",
      "1,234",
    ]);
    for (const name of ["Edit", "Test", "Remove"]) {
      expect(screen.getByRole("button", { name: `${name} Research` })).toBeVisible();
    }
  });

  it("says when a stored credential cannot be read", async () => {
    fakeApi({ [LIST]: () => connectionList({ ...EMULATOR, credential: { kind: "unreadable" } }) });
    render();
    expect(await screen.findByText("The stored credential cannot be read")).toBeVisible();
    expect(screen.getByText("Edit the connection to enter its credential again.")).toBeVisible();
  });

  it("says so when there is no connection, and still offers to add one", async () => {
    fakeApi({ [LIST]: () => connectionList() });
    render();
    expect(await screen.findByText(/^Keyturn's server has no connection yet/)).toBeVisible();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Add connection" })).toBeVisible();
  });

  it("explains a failure and reads again on retry", async () => {
    const api = fakeApi({ [LIST]: [() => problem(403, "forbidden"), () => connectionList(EMULATOR)] });
    render();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Your role does not allow this action.");
    await userEvent.setup().click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("table", { name: "Workspace connections" })).toBeVisible();
    expect(api.callsTo(LIST)).toHaveLength(2);
  });

  it("tests a connection: the workspaces it reaches, regions in words, and the time it took", async () => {
    const reached = {
      workspaces: [
        { name: "ws-prod-eastus", region: "eastus" },
        { name: "ws-ml-westeurope", region: "westeurope" },
      ],
      durationMs: 412,
    };
    const api = fakeApi({ [LIST]: () => connectionList(EMULATOR, RESEARCH), [TEST]: () => json(reached) });
    render();
    const user = userEvent.setup();

    await user.click(await screen.findByRole("button", { name: "Test Emulator (keyturn-dev)" }));
    const dialog = await screen.findByRole("dialog", { name: "Test Emulator (keyturn-dev)" });
    expect(await within(dialog).findByText("It reaches 2 workspaces (listed in 412 ms).")).toBeVisible();
    const table = within(dialog).getByRole("table", { name: "Workspaces Emulator (keyturn-dev) reaches" });
    expect(rowsOf(table)).toEqual([
      ["ws-prod-eastus", "East US"],
      ["ws-ml-westeurope", "West Europe"],
    ]);
    expect(api.callsTo(TEST)).toHaveLength(1);
    expect(api.callsTo(`POST /api/connections/${RESEARCH.id}/test`)).toEqual([]);

    await user.click(within(dialog).getByRole("button", { name: "Test again" }));
    await waitFor(() => expect(api.callsTo(TEST)).toHaveLength(2));
  });

  it("says in plain words why a test failed", async () => {
    fakeApi({ [LIST]: () => connectionList(EMULATOR), [TEST]: () => problem(502, "provider_unavailable") });
    render();
    const user = userEvent.setup();

    await user.click(await screen.findByRole("button", { name: "Test Emulator (keyturn-dev)" }));
    const alert = await within(await screen.findByRole("dialog")).findByRole("alert");
    expect(alert).toHaveTextContent("The test failed");
    expect(alert).toHaveTextContent("The Azure ML workspace cannot be reached right now.");
    expect(alert).toHaveTextContent("Check the endpoint's address, and that Keyturn's server can reach it.");
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(screen.getByRole("button", { name: "Test Emulator (keyturn-dev)" })).toHaveFocus();
  });

  it("says a refused client secret is the credential's problem, not an outage", async () => {
    fakeApi({ [LIST]: () => connectionList(EMULATOR), [TEST]: () => problem(502, "credential_refused") });
    render();
    const user = userEvent.setup();

    await user.click(await screen.findByRole("button", { name: "Test Emulator (keyturn-dev)" }));
    const alert = await within(await screen.findByRole("dialog")).findByRole("alert");
    expect(alert).toHaveTextContent("The test failed");
    expect(alert).toHaveTextContent("The identity provider refused the client ID or client secret");
    expect(alert).toHaveTextContent("enter its current client secret");
    expect(alert).not.toHaveTextContent("cannot be reached");
    expect(alert).not.toHaveTextContent("Check the endpoint's address");
  });
});
