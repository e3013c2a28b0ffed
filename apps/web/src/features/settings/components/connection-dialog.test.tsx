import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fakeApi, json, problem } from "../../../testing/fake-api";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { connectionAnswer, connectionList, EMULATOR } from "../connection-fixtures";
import { WorkspaceConnections } from "./workspace-connections";

// Fluent renders slowly in jsdom, and this machine is shared: wait longer than the defaults.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const LIST = "GET /api/connections";
const ONE = `PUT /api/connections/${EMULATOR.id}`;
const NEW = { ...EMULATOR, id: "7f1c0d4e-0000-4000-8000-000000000009", name: "East US", etag: '"c-9-1"' };

function render() {
  const user = userEvent.setup();
  renderWithProviders(<WorkspaceConnections />, { me: meWithRoles(["Admin"]), toaster: true });
  return user;
}

/** A field of the open dialog by the start of its label (a required label ends with " *"). */
const field = (label: string) => within(screen.getByRole("dialog")).getByLabelText(new RegExp(`^${label}`));

async function fill(user: ReturnType<typeof userEvent.setup>, label: string, text: string) {
  const input = field(label);
  await user.clear(input);
  await user.click(input);
  if (text !== "") await user.paste(text);
}

async function openAdd(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole("button", { name: "Add connection" }));
  return screen.findByRole("dialog", { name: "Add a connection" });
}

async function fillValid(user: ReturnType<typeof userEvent.setup>) {
  await fill(user, "Name", "East US");
  await fill(user, "Subscription ID", "1b6a53f4-7c2d-4e8a-9f3b-2d5c8e1a0b7f");
  await fill(user, "Resource group", "rg-ml");
  await fill(user, "Workspace", "ws-prod-eastus");
  await fill(user, "Token issuer", "https://login.microsoftonline.com/tenant-1");
  await fill(user, "Client ID", "app-1");
  await fill(user, "Client secret", "s3cret");
}

/** The If-Match header of every call with `method`, in order (fakeApi records bodies; headers are on init). */
const ifMatchOf = (api: ReturnType<typeof fakeApi>, method: string) =>
  api.fetch.mock.calls
    .filter(([, init]) => init?.method === method)
    .map(([, init]) => new Headers(init?.headers).get("If-Match"));

describe("adding a connection", () => {
  it("sends the body the BFF expects, says so, and lists the connections again", async () => {
    const api = fakeApi({
      [LIST]: [() => connectionList(EMULATOR), () => connectionList(EMULATOR, NEW)],
      "POST /api/connections": () => connectionAnswer(NEW, 201),
    });
    const user = render();
    const dialog = await openAdd(user);
    expect(field("Name")).toHaveFocus();
    expect(within(dialog).getByLabelText(/^Client secret/)).toHaveAttribute("type", "password");

    await fillValid(user);
    await user.click(within(dialog).getByLabelText(/^Use a separate Reader principal/));
    await fill(user, "Reader client ID", "reader-1");
    await fill(user, "Reader client secret", "r3ader");
    await user.click(within(dialog).getByRole("button", { name: "Add connection" }));

    expect(await screen.findByText("Connection added")).toBeVisible();
    expect(api.callsTo("POST /api/connections").map((call) => call.body)).toEqual([
      {
        name: "East US",
        subscriptionId: "1b6a53f4-7c2d-4e8a-9f3b-2d5c8e1a0b7f",
        resourceGroup: "rg-ml",
        workspace: "ws-prod-eastus",
        baseUrl: "https://management.azure.com",
        credential: {
          kind: "client_secret",
          authority: "https://login.microsoftonline.com/tenant-1",
          clientId: "app-1",
          clientSecret: "s3cret",
          reader: { clientId: "reader-1", clientSecret: "r3ader" },
        },
      },
    ]);
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() => expect(api.callsTo(LIST)).toHaveLength(2));
  });

  it("checks the rules before sending: the problem on its field, focus on the first one", async () => {
    const api = fakeApi({ [LIST]: () => connectionList(EMULATOR) });
    const user = render();
    const dialog = await openAdd(user);
    await fillValid(user);
    await fill(user, "Subscription ID", "not-a-guid");
    await fill(user, "Azure Resource Manager endpoint", "http://management.example.com");
    expect(field("Subscription ID")).toHaveAccessibleDescription(
      expect.stringContaining("Enter the subscription ID as a GUID"),
    );

    await user.click(within(dialog).getByRole("button", { name: "Add connection" }));
    expect(field("Subscription ID")).toHaveFocus();
    expect(field("Subscription ID")).toHaveAttribute("aria-invalid", "true");
    expect(field("Azure Resource Manager endpoint")).toHaveAccessibleDescription(
      expect.stringContaining("Plain http is accepted only for localhost."),
    );
    expect(field("Name")).not.toHaveAttribute("aria-invalid", "true");
    expect(api.callsTo("POST /api/connections")).toEqual([]);
  });

  it("places the BFF's field errors on their fields, and a taken name (409) on the name", async () => {
    const refused = json(
      {
        type: "about:blank",
        title: "validation_failed",
        status: 400,
        code: "validation_failed",
        errors: [{ path: "body.resourceGroup", message: "Invalid string" }],
      },
      400,
    );
    fakeApi({
      [LIST]: () => connectionList(EMULATOR),
      "POST /api/connections": [() => refused, () => problem(409, "conflict")],
    });
    const user = render();
    const dialog = await openAdd(user);
    await fillValid(user);
    const add = within(dialog).getByRole("button", { name: "Add connection" });

    await user.click(add);
    await waitFor(() => expect(field("Resource group")).toHaveAttribute("aria-invalid", "true"));
    expect(field("Resource group")).toHaveFocus();
    expect(field("Resource group")).toHaveAccessibleDescription(
      expect.stringContaining("Enter a resource group name"),
    );
    await fill(user, "Resource group", "rg-ml2"); // a change clears the server's word on that field
    expect(field("Resource group")).not.toHaveAttribute("aria-invalid", "true");

    await user.click(add);
    await waitFor(() =>
      expect(field("Name")).toHaveAccessibleDescription(
        expect.stringContaining("Another connection has this name."),
      ),
    );
    expect(field("Name")).toHaveFocus();
    // on the field only: not the generic "changed at the same time" of a 409
    expect(within(dialog).queryByText(/changed at the same time/)).not.toBeInTheDocument();
  });
});

describe("editing a connection", () => {
  it("starts from the connection, the secret empty, and saves with If-Match without the secret", async () => {
    const saved = { ...EMULATOR, name: "Emulator", version: 3, etag: '"c-1-3"' };
    const api = fakeApi({ [LIST]: () => connectionList(EMULATOR), [ONE]: () => connectionAnswer(saved) });
    const user = render();
    await user.click(await screen.findByRole("button", { name: "Edit Emulator (keyturn-dev)" }));
    const dialog = await screen.findByRole("dialog", { name: "Edit Emulator (keyturn-dev)" });
    expect(field("Name")).toHaveValue("Emulator (keyturn-dev)");
    expect(field("Client ID")).toHaveValue("keyturn-bff");
    expect(field("Client secret")).toHaveValue("");
    expect(field("Client secret")).toHaveAccessibleDescription(
      "Leave empty to keep the stored secret (only for the same client ID).",
    );
    const save = within(dialog).getByRole("button", { name: "Save" });
    expect(save).toHaveAttribute("aria-disabled", "true"); // nothing changed yet

    await fill(user, "Name", "Emulator");
    await user.keyboard("{Enter}");
    expect(await screen.findByText("Connection saved")).toBeVisible();
    expect(api.callsTo(ONE).map((call) => call.body)).toEqual([
      {
        name: "Emulator",
        subscriptionId: EMULATOR.subscriptionId,
        resourceGroup: "keyturn-dev",
        workspace: null,
        baseUrl: "http://localhost:8181",
        credential: {
          kind: "client_secret",
          authority: "https://login.example.test/tenant-1",
          clientId: "keyturn-bff",
          reader: { clientId: "keyturn-reader" },
        },
      },
    ]);
    expect(ifMatchOf(api, "PUT")).toEqual([EMULATOR.etag]);
  });

  it("asks for the secrets again when the address changes, and sends them with it", async () => {
    const api = fakeApi({ [LIST]: () => connectionList(EMULATOR), [ONE]: () => connectionAnswer(EMULATOR) });
    const user = render();
    await user.click(await screen.findByRole("button", { name: "Edit Emulator (keyturn-dev)" }));
    const dialog = await screen.findByRole("dialog", { name: "Edit Emulator (keyturn-dev)" });
    await fill(user, "Azure Resource Manager endpoint", "https://management.azure.com");
    const again =
      "The address or token issuer changed: enter the secret again. A stored secret is only sent where it was entered.";
    expect(field("Client secret")).toHaveAccessibleDescription(again);
    expect(field("Client secret")).toBeRequired();
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    const problems = await within(dialog).findAllByText(
      "Enter the client secret again: the address or token issuer changed.",
    );
    expect(problems).toHaveLength(2); // the Reader's secret too
    expect(api.callsTo(ONE)).toEqual([]);

    await fill(user, "Client secret", "s3cret");
    await fill(user, "Reader client secret", "r3ader");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(api.callsTo(ONE)).toHaveLength(1));
    expect(api.callsTo(ONE)[0]?.body).toMatchObject({
      baseUrl: "https://management.azure.com",
      credential: { clientSecret: "s3cret", reader: { clientId: "keyturn-reader", clientSecret: "r3ader" } },
    });
  });

  it("explains a conflict (412), reloads the connection on request, and saves on the fresh ETag", async () => {
    const theirs = { ...EMULATOR, name: "Renamed by Lee", version: 3, etag: '"c-1-3"' };
    const api = fakeApi({
      [LIST]: [() => connectionList(EMULATOR), () => connectionList(theirs)],
      [ONE]: [
        () => problem(412, "precondition_failed"),
        () => connectionAnswer({ ...theirs, etag: '"c-1-4"' }),
      ],
    });
    const user = render();
    await user.click(await screen.findByRole("button", { name: "Edit Emulator (keyturn-dev)" }));
    const dialog = await screen.findByRole("dialog");
    await fill(user, "Name", "Mine");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    const alert = await within(dialog).findByRole("alert");
    expect(alert).toHaveTextContent("Someone else changed this connection");
    expect(alert).toHaveTextContent("your changes were not saved");
    expect(field("Name")).toHaveValue("Mine"); // nothing is thrown away before the user asks

    await user.click(within(alert).getByRole("button", { name: "Reload" }));
    await waitFor(() => expect(field("Name")).toHaveValue("Renamed by Lee"));
    expect(within(dialog).queryByRole("alert")).not.toBeInTheDocument();
    expect(within(dialog).getByText(/^The connection as it is now is shown/)).toBeVisible();

    await fill(user, "Name", "Mine again");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(api.callsTo(ONE)).toHaveLength(2));
    expect(ifMatchOf(api, "PUT")).toEqual([EMULATOR.etag, theirs.etag]);
  });
});
