import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fakeApi, problem } from "../../../testing/fake-api";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { connectionList, EMULATOR, RESEARCH } from "../connection-fixtures";
import { WorkspaceConnections } from "./workspace-connections";

// Fluent renders slowly in jsdom, and this machine is shared: wait longer than the defaults.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const LIST = "GET /api/connections";
const DELETE = `DELETE /api/connections/${EMULATOR.id}`;

function render() {
  const user = userEvent.setup();
  renderWithProviders(<WorkspaceConnections />, { me: meWithRoles(["Admin"]), toaster: true });
  return user;
}

const ifMatchOfDeletes = (api: ReturnType<typeof fakeApi>) =>
  api.fetch.mock.calls
    .filter(([, init]) => init?.method === "DELETE")
    .map(([, init]) => new Headers(init?.headers).get("If-Match"));

async function openRemove(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole("button", { name: "Remove Emulator (keyturn-dev)" }));
  return screen.findByRole("alertdialog", { name: "Remove Emulator (keyturn-dev)?" });
}

describe("removing a connection", () => {
  it("asks first, naming what follows; Cancel sends nothing", async () => {
    const api = fakeApi({ [LIST]: () => connectionList(EMULATOR, RESEARCH) });
    const user = render();
    const dialog = await openRemove(user);

    expect(dialog).toHaveTextContent(
      "The console stops reaching the workspaces of resource group keyturn-dev through this connection, and its 16 deployments leave Keyturn's inventory.",
    );
    expect(dialog).toHaveTextContent("Nothing is deleted in Azure");
    expect(within(dialog).getByRole("button", { name: "Cancel" })).toHaveFocus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(api.callsTo(DELETE)).toEqual([]);
  });

  it("removes with If-Match on confirmation, says so, and lists the connections again", async () => {
    const api = fakeApi({
      [LIST]: [() => connectionList(EMULATOR, RESEARCH), () => connectionList(RESEARCH)],
      [DELETE]: () => new Response(null, { status: 204 }),
    });
    const user = render();
    const dialog = await openRemove(user);
    await user.click(within(dialog).getByRole("button", { name: "Remove connection" }));

    expect(await screen.findByText("Connection removed")).toBeVisible();
    expect(ifMatchOfDeletes(api)).toEqual([EMULATOR.etag]);
    await waitFor(() => expect(screen.queryByText("Emulator (keyturn-dev)")).not.toBeInTheDocument());
    expect(screen.getByRole("button", { name: "Add connection" })).toHaveFocus();
  });

  it("explains a conflict (412) and, after a reload, removes with the fresh ETag", async () => {
    const theirs = { ...EMULATOR, deploymentCount: 1, etag: '"c-1-3"' };
    const api = fakeApi({
      [LIST]: [() => connectionList(EMULATOR), () => connectionList(theirs)],
      [DELETE]: [() => problem(412, "precondition_failed"), () => new Response(null, { status: 204 })],
    });
    const user = render();
    const dialog = await openRemove(user);
    const confirm = within(dialog).getByRole("button", { name: "Remove connection" });
    await user.click(confirm);

    const alert = await within(dialog).findByRole("alert");
    expect(alert).toHaveTextContent("This connection changed");
    expect(confirm).toHaveAttribute("aria-disabled", "true");
    await user.click(within(alert).getByRole("button", { name: "Reload" }));
    expect(await within(dialog).findByText(/^The list is up to date/)).toBeVisible();
    expect(dialog).toHaveTextContent("its 1 deployment leaves Keyturn's inventory.");

    await user.click(confirm);
    await waitFor(() => expect(api.callsTo(DELETE)).toHaveLength(2));
    expect(ifMatchOfDeletes(api)).toEqual([EMULATOR.etag, theirs.etag]);
  });
});
