import type { Webhook } from "@keyturn/api-contract";
import { act, configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { changeLanguage } from "../../../lib/i18n/i18n";
import { fakeApi, json, problem } from "../../../testing/fake-api";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { HOOK, POLICY } from "../webhook-fixtures";
import { Webhooks } from "./webhooks-section";

// Fluent renders slowly in jsdom, and this machine is shared: wait longer than the defaults.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const LIST = "GET /api/webhooks";
const POLICIES = "GET /api/rotation-policies";
const UPDATE = `PUT /api/webhooks/${HOOK.id}`;
const OTHER_POLICY = { ...POLICY, id: "policy-risk", name: "Risk team" };
const CHANGED: Webhook = {
  ...HOOK,
  url: "https://hooks.example.com/keyturn-v2",
  version: 2,
  etag: `"webhook-${HOOK.id}-2"`,
};

const policies = () => json({ items: [POLICY, OTHER_POLICY] });
const hooks =
  (...items: unknown[]) =>
  () =>
    json({ items });

function render() {
  const user = userEvent.setup();
  renderWithProviders(<Webhooks />, { me: meWithRoles(["Admin"]), toaster: true });
  return user;
}

async function openEdit(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole("button", { name: `Edit the webhook to ${HOOK.url}` }));
  return screen.findByRole("dialog", { name: "Edit the webhook to hooks.example.com" });
}

const ifMatchOfPuts = (fetch: ReturnType<typeof fakeApi>["fetch"]) =>
  fetch.mock.calls
    .filter(([, init]) => init?.method === "PUT")
    .map(([, init]) => new Headers(init?.headers).get("If-Match"));

afterEach(async () => {
  await act(() => changeLanguage("en"));
});

describe("editing a webhook", () => {
  it("opens filled with the hook's address, policy and events, and says the secret stays", async () => {
    fakeApi({ [LIST]: hooks(HOOK), [POLICIES]: policies });
    const user = render();
    const dialog = await openEdit(user);
    expect(within(dialog).getByRole("textbox", { name: /Receiver URL/ })).toHaveValue(HOOK.url);
    expect(within(dialog).getByRole("combobox", { name: /Rotation policy/ })).toHaveValue(POLICY.id);
    const ticked = ["Rotation started", "Needs confirmation", "Rotation completed", "Rotation failed"].map(
      (name) => (within(dialog).getByRole("checkbox", { name }) as HTMLInputElement).checked,
    );
    expect(ticked).toEqual([false, false, true, true]);
    expect(dialog).toHaveTextContent("The signing secret stays the same (fingerprint a1b2c3d4e5f6)");
  });

  it("saves the changed fields with If-Match of the version it started from, from the keyboard", async () => {
    const api = fakeApi({
      [LIST]: [hooks(HOOK), hooks(CHANGED)],
      [POLICIES]: policies,
      [UPDATE]: () => json(CHANGED, 200, { ETag: CHANGED.etag }),
    });
    const user = render();
    const dialog = await openEdit(user);
    await user.click(within(dialog).getByRole("checkbox", { name: "Rotation started" }));
    await user.selectOptions(
      within(dialog).getByRole("combobox", { name: /Rotation policy/ }),
      OTHER_POLICY.id,
    );
    const url = within(dialog).getByRole("textbox", { name: /Receiver URL/ });
    await user.clear(url);
    await user.type(url, `${CHANGED.url}{Enter}`);

    expect(await screen.findByText("Webhook saved")).toBeVisible();
    expect(api.callsTo(UPDATE).map((c) => c.body)).toEqual([
      {
        url: CHANGED.url,
        policyId: OTHER_POLICY.id,
        events: ["rotation.started", "rotation.completed", "rotation.failed"],
      },
    ]);
    expect(ifMatchOfPuts(api.fetch)).toEqual([HOOK.etag]);
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(await screen.findByText(CHANGED.url)).toBeVisible();
  });

  it("says when someone changed the hook meanwhile; Reload shows it as it is and the next save sends its ETag", async () => {
    const api = fakeApi({
      [LIST]: [hooks(HOOK), hooks(CHANGED)],
      [POLICIES]: policies,
      [UPDATE]: [() => problem(412, "precondition_failed"), () => json(CHANGED)],
    });
    const user = render();
    const dialog = await openEdit(user);
    await user.click(within(dialog).getByRole("checkbox", { name: "Rotation failed" }));
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    const alert = await within(dialog).findByRole("alert");
    expect(alert).toHaveTextContent("Someone else changed this webhook");
    expect(alert).toHaveTextContent("Your change was not saved.");
    expect(within(dialog).getByRole("button", { name: "Save" })).toHaveAttribute("aria-disabled", "true");

    await user.click(within(alert).getByRole("button", { name: "Reload" }));
    expect(
      await within(dialog).findByText("The current webhook is shown. Your change was not saved."),
    ).toBeVisible();
    expect(within(dialog).getByRole("textbox", { name: /Receiver URL/ })).toHaveValue(CHANGED.url);
    expect(within(dialog).getByRole("checkbox", { name: "Rotation failed" })).toBeChecked();
    expect(within(dialog).queryByRole("alert")).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Webhook saved")).toBeVisible();
    expect(ifMatchOfPuts(api.fetch)).toEqual([HOOK.etag, CHANGED.etag]);
  });

  it("shows what is wrong beside each field and sends nothing; the BFF's refusal of a field too", async () => {
    const refused = new Response(
      JSON.stringify({
        type: "about:blank",
        title: "validation_failed",
        status: 400,
        code: "validation_failed",
        errors: [{ path: "url", message: "only https is allowed" }],
      }),
      { status: 400, headers: { "Content-Type": "application/problem+json" } },
    );
    const api = fakeApi({ [LIST]: hooks(HOOK), [POLICIES]: policies, [UPDATE]: () => refused });
    const user = render();
    const dialog = await openEdit(user);
    const url = within(dialog).getByRole("textbox", { name: /Receiver URL/ });
    await user.clear(url);
    await user.type(url, "hooks.example.com");
    await user.click(within(dialog).getByRole("checkbox", { name: "Rotation completed" }));
    await user.click(within(dialog).getByRole("checkbox", { name: "Rotation failed" }));
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    expect(
      within(dialog).getByText("Enter the receiver's full address, starting with https://"),
    ).toBeVisible();
    expect(url).toHaveAttribute("aria-invalid", "true");
    expect(within(dialog).getByRole("group", { name: "Events to send" })).toHaveAccessibleDescription(
      "Choose at least one event.",
    );
    expect(api.callsTo(UPDATE)).toEqual([]);

    await user.clear(url);
    await user.type(url, "http://hooks.example.com/x");
    await user.click(within(dialog).getByRole("checkbox", { name: "Rotation failed" }));
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(await within(dialog).findByText("only https is allowed")).toBeVisible();
    expect(url).toHaveAttribute("aria-invalid", "true");
  });

  it("asks before discarding unsaved changes (Escape or Cancel); closes at once when nothing changed", async () => {
    const api = fakeApi({ [LIST]: hooks(HOOK), [POLICIES]: policies });
    const user = render();
    let dialog = await openEdit(user);
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());

    dialog = await openEdit(user);
    await user.type(within(dialog).getByRole("textbox", { name: /Receiver URL/ }), "/v2");
    await user.keyboard("{Escape}");
    const ask = await screen.findByRole("alertdialog", { name: "Discard your changes?" });
    await user.click(within(ask).getByRole("button", { name: "Keep editing" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    // Back in the edit, with the typing kept (Fluent lets the screen reader into it again once the question is gone).
    expect(await within(dialog).findByRole("textbox", { name: /Receiver URL/ })).toHaveValue(
      `${HOOK.url}/v2`,
    );

    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    const again = await screen.findByRole("alertdialog", { name: "Discard your changes?" });
    await user.click(within(again).getByRole("button", { name: "Discard changes" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(api.callsTo(UPDATE)).toEqual([]);

    dialog = await openEdit(user);
    expect(within(dialog).getByRole("textbox", { name: /Receiver URL/ })).toHaveValue(HOOK.url);
  });

  it("speaks Spanish", async () => {
    fakeApi({ [LIST]: hooks(HOOK), [POLICIES]: policies });
    const user = render();
    await act(() => changeLanguage("es"));
    await user.click(await screen.findByRole("button", { name: `Editar el webhook a ${HOOK.url}` }));
    const dialog = await screen.findByRole("dialog", { name: "Editar el webhook a hooks.example.com" });
    expect(dialog).toHaveTextContent("El secreto de firma no cambia");
    await user.type(within(dialog).getByRole("textbox", { name: /URL del receptor/ }), "/v2");
    await user.click(within(dialog).getByRole("button", { name: "Cancelar" }));
    expect(await screen.findByRole("alertdialog", { name: "¿Desea descartar los cambios?" })).toBeVisible();
  });
});
