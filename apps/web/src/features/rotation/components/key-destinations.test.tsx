import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fakeApi, json, problem } from "../../../testing/fake-api";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { BASE, destinationList, NAME, WS } from "../rotation-fixtures";
import { deploymentSubject } from "../rotation-subject";
import { RotationPanel } from "./rotation-panel";

configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const NEW = { vaultUrl: "https://kv-backup.vault.azure.net", secretName: "churn-key" };

function renderPanel(roles: string[]) {
  return renderWithProviders(<RotationPanel subject={deploymentSubject(WS, NAME)} keyAuth />, {
    me: meWithRoles(roles),
  });
}

const routes = (extra: Parameters<typeof fakeApi>[0] = {}) =>
  fakeApi({
    [`GET ${BASE}/rotations`]: () => json({ workspace: WS, deployment: NAME, items: [] }),
    [`GET ${BASE}/destinations`]: () => json(destinationList()),
    ...extra,
  });

describe("Key Vault destinations", () => {
  it("lists each destination with its last version, read-only without the Admin role", async () => {
    routes();
    renderPanel(["KeyRotator"]);
    const table = await screen.findByRole("table", { name: `Key Vault destinations of ${NAME}` });
    const [, row] = within(table).getAllByRole("row");
    expect(row).toHaveTextContent("https://kv-prod.vault.azure.net");
    expect(row).toHaveTextContent("v1abc");
    expect(screen.getByText(/\(now the Primary key\) is published/)).toBeVisible();
    expect(within(table).queryByRole("button", { name: /Remove/ })).not.toBeInTheDocument();
    const add = screen.getByRole("button", { name: "Add a destination…" });
    expect(add).toHaveAttribute("aria-disabled", "true");
    expect(add).toHaveAccessibleDescription(/Admin/);
  });

  it("an Admin adds one after reading that the active key is published at once; the whole set is sent", async () => {
    const api = routes({
      [`PUT ${BASE}/destinations`]: ({ body }) =>
        json({
          ...destinationList(),
          destinations: (body as { destinations: (typeof NEW)[] }).destinations.map((d) => ({
            ...d,
            lastVersion: "v9",
            lastPublishedAt: "2026-12-07T13:10:00.000Z",
          })),
        }),
    });
    renderPanel(["Admin"]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Add a destination…" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Add a Key Vault destination" });
    expect(dialog).toHaveTextContent(
      "Saving publishes the Primary key to this secret at once, as a new version",
    );

    // Checked here with the contract's rules before anything is sent.
    await user.type(within(dialog).getByRole("textbox", { name: /Vault URL/ }), "http://kv-backup");
    await user.type(within(dialog).getByRole("textbox", { name: /Secret name/ }), "churn key");
    await user.click(within(dialog).getByRole("button", { name: "Add and publish" }));
    expect(within(dialog).getByText("Enter an https URL without a query or fragment.")).toBeVisible();
    expect(within(dialog).getByText("Use 1 to 127 letters, digits or dashes.")).toBeVisible();
    expect(api.callsTo(`PUT ${BASE}/destinations`)).toEqual([]);

    await user.clear(within(dialog).getByRole("textbox", { name: /Vault URL/ }));
    await user.type(within(dialog).getByRole("textbox", { name: /Vault URL/ }), NEW.vaultUrl);
    await user.clear(within(dialog).getByRole("textbox", { name: /Secret name/ }));
    await user.type(within(dialog).getByRole("textbox", { name: /Secret name/ }), NEW.secretName);
    await user.click(within(dialog).getByRole("button", { name: "Add and publish" }));

    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(api.callsTo(`PUT ${BASE}/destinations`).map((call) => call.body)).toEqual([
      { destinations: [{ vaultUrl: "https://kv-prod.vault.azure.net", secretName: "churn" }, NEW] },
    ]);
  });

  it("shows a vault's refusal in the dialog: nothing was changed", async () => {
    routes({ [`PUT ${BASE}/destinations`]: () => problem(502, "provider_rejected") });
    renderPanel(["Admin"]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Add a destination…" }));
    const dialog = await screen.findByRole("alertdialog");
    await user.type(within(dialog).getByRole("textbox", { name: /Vault URL/ }), NEW.vaultUrl);
    await user.type(within(dialog).getByRole("textbox", { name: /Secret name/ }), NEW.secretName);
    await user.click(within(dialog).getByRole("button", { name: "Add and publish" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent("refused the request");
  });

  it("an Admin removes the last one after a confirmation; the set is deleted", async () => {
    const api = routes({ [`DELETE ${BASE}/destinations`]: () => new Response(null, { status: 204 }) });
    renderPanel(["Admin"]);
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole("button", {
        name: "Remove the destination churn in https://kv-prod.vault.azure.net",
      }),
    );
    const dialog = await screen.findByRole("alertdialog", { name: "Stop publishing to churn?" });
    expect(dialog).toHaveTextContent("rotations no longer update it");
    expect(within(dialog).getByRole("button", { name: "Cancel" })).toHaveFocus();
    await user.click(within(dialog).getByRole("button", { name: "Remove the destination" }));
    await waitFor(() => expect(api.callsTo(`DELETE ${BASE}/destinations`)).toHaveLength(1));
  });
});
