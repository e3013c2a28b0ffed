import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fakeApi, json, problem } from "../../../testing/fake-api";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { FAILED_DELIVERY, HOOK, POLICY, SECRET } from "../webhook-fixtures";
import { Webhooks } from "./webhooks-section";

// Fluent renders slowly in jsdom, and this machine is shared: wait longer than the defaults.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const LIST = "GET /api/webhooks";
const POLICIES = "GET /api/rotation-policies";
const CREATE = "POST /api/webhooks";
const DELETE = `DELETE /api/webhooks/${HOOK.id}`;
const DELIVERIES = `GET /api/webhooks/${HOOK.id}/deliveries`;
const REDELIVER = `POST /api/webhooks/${HOOK.id}/deliveries/${FAILED_DELIVERY.id}/redeliver`;

const policies = () => json({ items: [POLICY] });
const hooks = (...items: unknown[]) => json({ items });

function render() {
  const user = userEvent.setup(); // with a clipboard
  renderWithProviders(<Webhooks />, { me: meWithRoles(["Admin"]), toaster: true });
  return user;
}

describe("webhooks in settings", () => {
  it("lists each hook: its receiver, its policy by name, its events in words and the secret's fingerprint only", async () => {
    fakeApi({ [LIST]: () => hooks(HOOK), [POLICIES]: policies });
    render();
    const table = await screen.findByRole("table", { name: "Webhooks" });
    const [, row] = within(table).getAllByRole("row");
    const cells = within(row as HTMLElement)
      .getAllByRole("cell")
      .map((c) => c.textContent);
    expect(cells.slice(0, 4)).toEqual([
      "https://hooks.example.com/keyturn",
      "Production keys",
      "Rotation completedRotation failed",
      "Fingerprint a1b2c3d4e5f6",
    ]);
    expect(
      screen.getByRole("button", { name: "Delivery log of https://hooks.example.com/keyturn" }),
    ).toBeVisible();
  });

  it("says when there is none, and that a policy must exist before a hook", async () => {
    fakeApi({ [LIST]: () => hooks(), [POLICIES]: () => json({ items: [] }) });
    render();
    expect(
      await screen.findByText("No webhook yet. Add one to hear about a policy's rotations."),
    ).toBeVisible();
    expect(
      await screen.findByText("A webhook belongs to a rotation policy: add a policy first."),
    ).toBeVisible();
    expect(screen.getByRole("button", { name: "Add webhook" })).toBeDisabled();
  });

  it("adds a hook, then shows its secret once with a copy button; closed, the secret is gone", async () => {
    const api = fakeApi({
      [LIST]: [() => hooks(), () => hooks(HOOK)],
      [POLICIES]: policies,
      [CREATE]: () => json({ webhook: HOOK, secret: SECRET }, 201),
    });
    const user = render();
    await user.click(await screen.findByRole("button", { name: "Add webhook" }));
    const dialog = await screen.findByRole("dialog", { name: "Add a webhook" });

    // Nothing is sent while a field is wrong; each says why.
    await user.click(within(dialog).getByRole("button", { name: "Add webhook" }));
    expect(dialog).toHaveTextContent("Enter the receiver's full address, starting with https://");
    expect(dialog).toHaveTextContent("Choose the policy whose rotations are announced.");
    expect(api.callsTo(CREATE)).toEqual([]);

    await user.type(within(dialog).getByRole("textbox", { name: /Receiver URL/ }), HOOK.url);
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /Rotation policy/ }), POLICY.id);
    await user.click(within(dialog).getByRole("checkbox", { name: "Rotation started" }));
    await user.click(within(dialog).getByRole("checkbox", { name: "Needs confirmation" }));
    await user.click(within(dialog).getByRole("button", { name: "Add webhook" }));

    const shown = await screen.findByRole("alertdialog", { name: "Copy the signing secret now" });
    expect(api.callsTo(CREATE).map((c) => c.body)).toEqual([
      { url: HOOK.url, policyId: POLICY.id, events: ["rotation.completed", "rotation.failed"] },
    ]);
    expect(shown).toHaveTextContent(SECRET);
    expect(shown).toHaveTextContent("This is the only time Keyturn shows this webhook's signing secret.");
    await user.click(within(shown).getByRole("button", { name: "Copy the secret" }));
    expect(await navigator.clipboard.readText()).toBe(SECRET);

    await user.click(within(shown).getByRole("button", { name: "I have copied it" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(await screen.findByRole("table", { name: "Webhooks" })).not.toHaveTextContent(SECRET);
    expect(document.body).not.toHaveTextContent(SECRET);
  });

  it("shows the server's refusal of a field beside it", async () => {
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
    fakeApi({ [LIST]: () => hooks(), [POLICIES]: policies, [CREATE]: () => refused });
    const user = render();
    await user.click(await screen.findByRole("button", { name: "Add webhook" }));
    const dialog = await screen.findByRole("dialog", { name: "Add a webhook" });
    await user.type(
      within(dialog).getByRole("textbox", { name: /Receiver URL/ }),
      "http://hooks.example.com/x",
    );
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /Rotation policy/ }), POLICY.id);
    await user.click(within(dialog).getByRole("button", { name: "Add webhook" }));
    expect(await within(dialog).findByText("only https is allowed")).toBeVisible();
  });

  const openDelete = async (user: ReturnType<typeof userEvent.setup>) => {
    const name = "Delete the webhook to https://hooks.example.com/keyturn";
    await user.click(await screen.findByRole("button", { name }));
    return screen.findByRole("alertdialog", { name: "Delete the webhook to hooks.example.com?" });
  };

  it("asks before deleting a hook, naming what follows; Cancel sends nothing", async () => {
    const api = fakeApi({ [LIST]: () => hooks(HOOK), [POLICIES]: policies });
    const user = render();
    const dialog = await openDelete(user);
    expect(dialog).toHaveTextContent("the webhook's delivery log is deleted");
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(api.callsTo(DELETE)).toEqual([]);
  });

  it("deletes a hook on confirmation, with If-Match, and lists the hooks again", async () => {
    const api = fakeApi({
      [LIST]: [() => hooks(HOOK), () => hooks()],
      [POLICIES]: policies,
      [DELETE]: () => new Response(null, { status: 204 }),
    });
    const user = render();
    const dialog = await openDelete(user);
    await user.click(within(dialog).getByRole("button", { name: "Delete webhook" }));
    expect(await screen.findByText("Webhook deleted")).toBeVisible();
    const ifMatch = api.fetch.mock.calls
      .filter(([, init]) => init?.method === "DELETE")
      .map(([, init]) => new Headers(init?.headers).get("If-Match"));
    expect(ifMatch).toEqual([HOOK.etag]);
    expect(
      await screen.findByText("No webhook yet. Add one to hear about a policy's rotations."),
    ).toBeVisible();
  });

  it("opens the delivery log: each attempt counted, the last answer in words, and redelivers an event", async () => {
    const queued = {
      ...FAILED_DELIVERY,
      id: "1c7f8f14-e45f-4cee-a9f3-2d5c8e1a0b7f",
      status: "pending",
      attempts: [],
      redeliveryOf: FAILED_DELIVERY.id,
      nextAttemptAt: "2026-12-02T11:00:00.000Z",
    };
    const api = fakeApi({
      [LIST]: () => hooks(HOOK),
      [POLICIES]: policies,
      [DELIVERIES]: [
        () => json({ webhookId: HOOK.id, items: [FAILED_DELIVERY] }),
        () => json({ webhookId: HOOK.id, items: [queued, FAILED_DELIVERY] }),
      ],
      [REDELIVER]: () => json(queued, 202),
    });
    const user = render();
    await user.click(
      await screen.findByRole("button", { name: "Delivery log of https://hooks.example.com/keyturn" }),
    );
    const dialog = await screen.findByRole("dialog", { name: "Delivery log" });
    const table = await within(dialog).findByRole("table", { name: "Delivery log" });
    const [, row] = within(table).getAllByRole("row");
    const cells = within(row as HTMLElement)
      .getAllByRole("cell")
      .map((c) => c.textContent);
    expect(cells.slice(0, 5)).toEqual([
      "Rotation failed",
      "ws-prod-eastus/churn-predictor",
      "Failed",
      "8 of 8",
      "No answer (timeout)",
    ]);

    await user.click(
      within(table).getByRole("button", {
        name: "Redeliver Rotation failed for ws-prod-eastus/churn-predictor",
      }),
    );
    expect(await screen.findByText("Queued to be sent again")).toBeVisible();
    expect(api.callsTo(REDELIVER)).toHaveLength(1);
    await waitFor(() => expect(within(dialog).getAllByRole("row")).toHaveLength(3));
    expect(dialog).toHaveTextContent("Sent again");
    expect(dialog).toHaveTextContent("Not tried yet");
  });

  it("says in plain words when the delivery log cannot be read", async () => {
    fakeApi({
      [LIST]: () => hooks(HOOK),
      [POLICIES]: policies,
      [DELIVERIES]: () => problem(503, "provider_unavailable"),
    });
    const user = render();
    await user.click(
      await screen.findByRole("button", { name: "Delivery log of https://hooks.example.com/keyturn" }),
    );
    const dialog = await screen.findByRole("dialog", { name: "Delivery log" });
    expect(await within(dialog).findByRole("button", { name: /Retry|Try again/ })).toBeVisible();
  });
});
