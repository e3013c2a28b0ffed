import type { RotationPolicy, RotationPreview } from "@keyturn/api-contract";
import { act, configure, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { changeLanguage } from "../../../lib/i18n/i18n";
import { fakeApi, json, problem } from "../../../testing/fake-api";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { RotationPolicies } from "./rotation-policies-section";

// Fluent renders slowly in jsdom, and this machine is shared: wait longer than the defaults.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const POLICY: RotationPolicy = {
  id: "0b9f4d0e-3c1a-4d8e-9a55-0c1d2e3f4a5b",
  name: "Risk team",
  scope: { kind: "tag", name: "team", value: "risk" },
  maxKeyAgeDays: 30,
  graceSeconds: 900,
  requireConfirmation: true,
  enabled: true,
  version: 1,
  etag: '"rotation-policy-0b9f4d0e-3c1a-4d8e-9a55-0c1d2e3f4a5b-1"',
  createdAt: "2026-06-01T12:00:00.000Z",
  createdBy: "admin@keyturn.test",
  updatedAt: "2026-06-01T12:00:00.000Z",
  updatedBy: "admin@keyturn.test",
};
const PREVIEW: RotationPreview = {
  policyId: POLICY.id,
  at: "2026-06-15T12:00:00.000Z",
  governedElsewhere: 0,
  total: 2,
  due: 1,
  items: [
    {
      workspace: "ws-a",
      deployment: "pricing",
      keyAgeDays: 200,
      maxKeyAgeDays: 30,
      due: true,
      reason: "key-older-than-max",
    },
    {
      workspace: "ws-a",
      deployment: "churn",
      keyAgeDays: 12,
      maxKeyAgeDays: 30,
      due: false,
      reason: "key-within-max",
    },
  ],
};
const LIST = "GET /api/rotation-policies";
const CREATE = "POST /api/rotation-policies";
const ONE = `/api/rotation-policies/${POLICY.id}`;
const list =
  (...items: RotationPolicy[]) =>
  () =>
    json({ items });

function render() {
  const user = userEvent.setup();
  renderWithProviders(<RotationPolicies />, { me: meWithRoles(["Admin"]), toaster: true });
  return user;
}
const ifMatchOf = (api: ReturnType<typeof fakeApi>, method: string) =>
  api.fetch.mock.calls
    .filter(([, init]) => init?.method === method)
    .map(([, init]) => new Headers(init?.headers).get("If-Match"));

afterEach(async () => {
  await act(() => changeLanguage("en"));
});

describe("rotation policies in settings", () => {
  it("lists each policy: its scope, maximum age, grace, confirmation and state in words", async () => {
    fakeApi({ [LIST]: list(POLICY) });
    render();
    const table = await screen.findByRole("table", { name: "Rotation policies" });
    const [, row] = within(table).getAllByRole("row");
    const cells = within(row as HTMLElement)
      .getAllByRole("cell")
      .map((c) => c.textContent);
    expect(cells.slice(0, 6)).toEqual([
      "Risk team",
      "Tag team = risk",
      "30 days",
      "900 s",
      "A person confirms",
      "On",
    ]);
    expect(screen.getByRole("button", { name: "Edit the policy Risk team" })).toBeVisible();
  });

  it("adds a policy: nothing is sent while a field breaks a rule, each says why; then the body as typed", async () => {
    const api = fakeApi({ [LIST]: [list(), list(POLICY)], [CREATE]: () => json(POLICY, 201) });
    const user = render();
    expect(await screen.findByText(/No rotation policy yet/)).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Add policy" }));
    const dialog = await screen.findByRole("dialog", { name: "Add a rotation policy" });
    await user.selectOptions(within(dialog).getByRole("combobox", { name: "Applies to" }), "tag");
    const age = within(dialog).getByRole("spinbutton", { name: /Maximum key age/ });
    await user.clear(age);
    await user.type(age, "0");
    await user.click(within(dialog).getByRole("button", { name: "Save policy" }));
    expect(dialog).toHaveTextContent("Enter a name of 1 to 100 characters.");
    expect(dialog).toHaveTextContent("Enter the tag's name.");
    expect(dialog).toHaveTextContent("Enter a whole number of days from 1 to 3650.");
    expect(api.callsTo(CREATE)).toEqual([]);

    await user.type(within(dialog).getByRole("textbox", { name: /Name/ }), "Risk team");
    await user.type(within(dialog).getByRole("textbox", { name: /Tag name/ }), "team");
    await user.type(within(dialog).getByRole("textbox", { name: /Tag value/ }), "risk");
    await user.clear(age);
    await user.type(age, "30");
    await user.click(within(dialog).getByRole("checkbox", { name: /A person confirms/ }));
    await user.click(within(dialog).getByRole("button", { name: "Save policy" }));
    expect(await screen.findByText("Rotation policy saved")).toBeVisible();
    expect(api.callsTo(CREATE).map((c) => c.body)).toEqual([
      {
        name: "Risk team",
        scope: { kind: "tag", name: "team", value: "risk" },
        maxKeyAgeDays: 30,
        graceSeconds: 900,
        requireConfirmation: true,
        enabled: true,
      },
    ]);
    expect(await screen.findByRole("table", { name: "Rotation policies" })).toBeVisible();
  });

  it("keeps Cancel from closing while a policy is on its way, so what the BFF answers is still shown", async () => {
    let answer: (response: Response) => void = () => {};
    fakeApi({
      [LIST]: () => json({ items: [] }),
      [CREATE]: () =>
        new Promise<Response>((resolve) => {
          answer = resolve;
        }),
    });
    const user = render();
    await user.click(await screen.findByRole("button", { name: "Add policy" }));
    const dialog = await screen.findByRole("dialog", { name: "Add a rotation policy" });
    await user.selectOptions(within(dialog).getByRole("combobox", { name: "Applies to" }), "tag");
    await user.type(within(dialog).getByRole("textbox", { name: /Name/ }), "Risk team");
    await user.type(within(dialog).getByRole("textbox", { name: /Tag name/ }), "team");
    await user.type(within(dialog).getByRole("textbox", { name: /Tag value/ }), "risk");
    await user.click(within(dialog).getByRole("button", { name: "Save policy" }));

    const cancel = within(dialog).getByRole("button", { name: "Cancel" });
    expect(cancel).toHaveAttribute("aria-disabled", "true");
    await user.click(cancel);
    expect(dialog).toBeInTheDocument();

    answer(problem(409, "conflict"));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      "A policy with this name, or with exactly this scope, exists already.",
    );
    expect(within(dialog).getByRole("button", { name: "Cancel" })).not.toHaveAttribute(
      "aria-disabled",
      "true",
    );
  });

  it("edits with If-Match; a taken name or scope is said in words and the dialog stays", async () => {
    const api = fakeApi({ [LIST]: list(POLICY), [`PUT ${ONE}`]: () => problem(409, "conflict") });
    const user = render();
    await user.click(await screen.findByRole("button", { name: "Edit the policy Risk team" }));
    const dialog = await screen.findByRole("dialog", { name: "Edit the policy Risk team" });
    await user.click(within(dialog).getByRole("button", { name: "Save policy" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      "A policy with this name, or with exactly this scope, exists already.",
    );
    expect(ifMatchOf(api, "PUT")).toEqual([POLICY.etag]);
  });

  it("deletes after a confirmation, with If-Match", async () => {
    const api = fakeApi({
      [LIST]: [list(POLICY), list()],
      [`DELETE ${ONE}`]: () => new Response(null, { status: 204 }),
    });
    const user = render();
    await user.click(await screen.findByRole("button", { name: "Delete the policy Risk team" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Delete the policy Risk team?" });
    await user.click(within(dialog).getByRole("button", { name: "Delete policy" }));
    expect(await screen.findByText("Rotation policy deleted")).toBeVisible();
    expect(ifMatchOf(api, "DELETE")).toEqual([POLICY.etag]);
    expect(await screen.findByText(/No rotation policy yet/)).toBeVisible();
  });

  it("previews what the policy would rotate now and why, in Spanish too", async () => {
    fakeApi({ [LIST]: list(POLICY), [`GET ${ONE}/preview`]: () => json(PREVIEW) });
    const user = render();
    await user.click(await screen.findByRole("button", { name: /Preview what the policy Risk team/ }));
    const table = await screen.findByRole("table", { name: "Deployments the policy governs" });
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole("cell")
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ["ws-a / pricing", "200 days", "Yes", "The oldest key is older than 30 days."],
      ["ws-a / churn", "12 days", "No", "The keys are within 30 days."],
    ]);
    expect(screen.getByText("It governs 2 deployments; 1 due now.")).toBeVisible();
    await act(() => changeLanguage("es"));
    expect(await screen.findByText("Rige 2 implementaciones; para rotar ahora: 1.")).toBeVisible();
    expect(screen.getByText("La clave más antigua supera 30 días.")).toBeVisible();
  });
});
