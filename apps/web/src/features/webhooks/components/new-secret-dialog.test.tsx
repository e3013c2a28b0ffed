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
const NEW_SECRET = `POST /api/webhooks/${HOOK.id}/secret`;
const NEW = "whsec_N3wS3cr3tN3wS3cr3tN3wS3cr3tN3wS3cr3tN3w";
const REPLACED: Webhook = {
  ...HOOK,
  secretFingerprint: "f6e5d4c3b2a1",
  version: 2,
  etag: `"webhook-${HOOK.id}-2"`,
};

const policies = () => json({ items: [POLICY] });
const hooks =
  (...items: unknown[]) =>
  () =>
    json({ items });

function render() {
  const user = userEvent.setup(); // with a clipboard
  renderWithProviders(<Webhooks />, { me: meWithRoles(["Admin"]), toaster: true });
  return user;
}

async function openNewSecret(user: ReturnType<typeof userEvent.setup>) {
  await user.click(
    await screen.findByRole("button", { name: `New signing secret for the webhook to ${HOOK.url}` }),
  );
  return screen.findByRole("alertdialog", {
    name: "Give the webhook to hooks.example.com a new signing secret?",
  });
}

const ifMatchOfPosts = (fetch: ReturnType<typeof fakeApi>["fetch"]) =>
  fetch.mock.calls
    .filter(([url, init]) => init?.method === "POST" && String(url).endsWith("/secret"))
    .map(([, init]) => new Headers(init?.headers).get("If-Match"));

afterEach(async () => {
  await act(() => changeLanguage("en"));
});

describe("a webhook's new signing secret", () => {
  it("says what breaks before it asks for one; Cancel sends nothing", async () => {
    const api = fakeApi({ [LIST]: hooks(HOOK), [POLICIES]: policies });
    const user = render();
    const dialog = await openNewSecret(user);
    expect(dialog).toHaveTextContent("signed with the new secret only; the old one signs nothing more");
    expect(dialog).toHaveTextContent(
      "There is no overlap: until your receiver checks with the new secret, it refuses every delivery as wrongly signed.",
    );
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(api.callsTo(NEW_SECRET)).toEqual([]);
  });

  it("makes one with If-Match on confirmation, shows it once with a copy button; closed, it is gone", async () => {
    const api = fakeApi({
      [LIST]: [hooks(HOOK), hooks(REPLACED)],
      [POLICIES]: policies,
      [NEW_SECRET]: () => json({ webhook: REPLACED, secret: NEW }, 200, { ETag: REPLACED.etag }),
    });
    const user = render();
    const dialog = await openNewSecret(user);
    await user.click(within(dialog).getByRole("button", { name: "Make a new secret" }));

    const shown = await screen.findByRole("alertdialog", { name: "Copy the new signing secret now" });
    expect(ifMatchOfPosts(api.fetch)).toEqual([HOOK.etag]);
    expect(shown).toHaveTextContent(NEW);
    expect(shown).toHaveTextContent("the old secret no longer verifies them");
    expect(await screen.findByText("New signing secret made")).toBeVisible();
    await user.click(within(shown).getByRole("button", { name: "Copy the secret" }));
    expect(await navigator.clipboard.readText()).toBe(NEW);

    await user.click(within(shown).getByRole("button", { name: "I have copied it" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    const table = await screen.findByRole("table", { name: "Webhooks" });
    await waitFor(() => expect(table).toHaveTextContent("Fingerprint f6e5d4c3b2a1"));
    expect(document.body).not.toHaveTextContent(NEW);
    expect(
      screen.getByRole("button", { name: `New signing secret for the webhook to ${HOOK.url}` }),
    ).toHaveFocus();
  });

  it("says when someone changed the hook meanwhile; Reload, and the next try sends the new ETag", async () => {
    const api = fakeApi({
      [LIST]: [hooks(HOOK), hooks(REPLACED)],
      [POLICIES]: policies,
      [NEW_SECRET]: [
        () => problem(412, "precondition_failed"),
        () => json({ webhook: { ...REPLACED, version: 3 }, secret: NEW }),
      ],
    });
    const user = render();
    const dialog = await openNewSecret(user);
    await user.click(within(dialog).getByRole("button", { name: "Make a new secret" }));
    const alert = await within(dialog).findByRole("alert");
    expect(alert).toHaveTextContent("This webhook changed");
    expect(screen.queryByText(NEW)).not.toBeInTheDocument();

    await user.click(within(alert).getByRole("button", { name: "Reload" }));
    expect(
      await within(dialog).findByText(
        "The list is up to date. Make a new secret again if you still want to.",
      ),
    ).toBeVisible();
    await user.click(within(dialog).getByRole("button", { name: "Make a new secret" }));
    expect(await screen.findByRole("alertdialog", { name: "Copy the new signing secret now" })).toBeVisible();
    expect(ifMatchOfPosts(api.fetch)).toEqual([HOOK.etag, REPLACED.etag]);
  });

  it("speaks Spanish", async () => {
    fakeApi({ [LIST]: hooks(HOOK), [POLICIES]: policies });
    const user = render();
    await act(() => changeLanguage("es"));
    await user.click(
      await screen.findByRole("button", {
        name: `Nuevo secreto de firma para el webhook a ${HOOK.url}`,
      }),
    );
    const dialog = await screen.findByRole("alertdialog", {
      name: "¿Desea generar un nuevo secreto de firma para el webhook a hooks.example.com?",
    });
    expect(dialog).toHaveTextContent("No hay un período de transición");
    expect(within(dialog).getByRole("button", { name: "Generar un nuevo secreto" })).toBeVisible();
  });
});
