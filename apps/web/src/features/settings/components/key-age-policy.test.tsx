import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { formatDateTime } from "../../../lib/i18n/format";
import { fakeApi, json, problem } from "../../../testing/fake-api";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { KeyAgePolicy } from "./key-age-policy";

// Fluent renders slowly in jsdom, and this machine is shared: wait longer than the defaults.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const PATH = "/api/policies/posture";
const CHANGED_AT = "2026-03-02T09:30:00.000Z";

/** The policy at `version`, answered as the BFF does: body plus its ETag header. */
const policy = (maxKeyAgeDays: number, version: number, updatedBy: string | null = "lead@keyturn.test") =>
  json(
    {
      maxKeyAgeDays,
      version,
      updatedAt: version === 0 ? null : CHANGED_AT,
      updatedBy: version === 0 ? null : updatedBy,
    },
    200,
    { ETag: `"posture-policy-${version}"` },
  );

type Api = ReturnType<typeof fakeApi>;

/** The If-Match header of every PUT, in order (fakeApi records bodies; headers are on fetch's init). */
const ifMatchOfPuts = (api: Api) =>
  api.fetch.mock.calls
    .filter(([, init]) => init?.method === "PUT")
    .map(([, init]) => new Headers(init?.headers).get("If-Match"));

function render() {
  return renderWithProviders(<KeyAgePolicy />, { me: meWithRoles(["Admin"]), toaster: true });
}

const field = () => screen.findByRole("textbox", { name: "Maximum key age (days)" });
const save = () => screen.getByRole("button", { name: "Save" });

async function typeDays(user: ReturnType<typeof userEvent.setup>, text: string) {
  const input = await field();
  await user.clear(input);
  if (text !== "") await user.type(input, text);
  return input;
}

describe("key-age policy", () => {
  it("shows the value, the rule, and who changed it last; Save waits for a change", async () => {
    fakeApi({ [`GET ${PATH}`]: () => policy(90, 3) });
    render();

    expect(await field()).toHaveValue("90");
    expect(await field()).toHaveAccessibleDescription("A whole number of days from 1 to 3,650.");
    expect(
      screen.getByText(`Last changed by lead@keyturn.test on ${formatDateTime(CHANGED_AT, "en")}.`),
    ).toBeVisible();
    expect(save()).toHaveAttribute("aria-disabled", "true");
  });

  it("says when the policy is still the default", async () => {
    fakeApi({ [`GET ${PATH}`]: () => policy(90, 0) });
    render();
    expect(await screen.findByText("This is the default policy: nobody has changed it yet.")).toBeVisible();
  });

  it("saves with If-Match from the ETag it read, then uses the new ETag for the next save", async () => {
    const api = fakeApi({
      [`GET ${PATH}`]: () => policy(90, 3),
      [`PUT ${PATH}`]: [() => policy(30, 4, "test@keyturn.test"), () => policy(45, 5, "test@keyturn.test")],
    });
    render();
    const user = userEvent.setup();

    await typeDays(user, "30");
    await user.click(save());
    expect(await screen.findByText("Key-age policy saved")).toBeVisible();
    expect(screen.getByText("Keys older than 30 days are now reported.")).toBeVisible();
    expect(api.callsTo(`PUT ${PATH}`).map((call) => call.body)).toEqual([{ maxKeyAgeDays: 30 }]);
    await waitFor(() => expect(save()).toHaveAttribute("aria-disabled", "true"));

    await typeDays(user, "45");
    await user.keyboard("{Enter}"); // the form submits from the keyboard
    await waitFor(() => expect(api.callsTo(`PUT ${PATH}`)).toHaveLength(2));
    expect(ifMatchOfPuts(api)).toEqual(['"posture-policy-3"', '"posture-policy-4"']);
    expect(api.callsTo(`GET ${PATH}`)).toHaveLength(1);
  });

  it.each([
    ["0", "Enter a number of days from 1 to 3,650."],
    ["3651", "Enter a number of days from 1 to 3,650."],
    ["1.5", "Enter a whole number of days, without decimals, signs or letters."],
    ["ten", "Enter a whole number of days, without decimals, signs or letters."],
    ["", "Enter the maximum key age in days."],
  ])("refuses %j before sending, and says why", async (text, message) => {
    const api = fakeApi({ [`GET ${PATH}`]: () => policy(90, 3), [`PUT ${PATH}`]: () => policy(1, 4) });
    render();
    const user = userEvent.setup();

    const input = await typeDays(user, text);
    expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(save()).toHaveAttribute("aria-disabled", "true");
    await user.click(save());
    await user.type(input, "{Enter}");
    expect(input).toHaveFocus();
    expect(api.callsTo(`PUT ${PATH}`)).toEqual([]);
  });

  it("explains a conflict (412) and reloads someone else's value on request", async () => {
    const api = fakeApi({
      [`GET ${PATH}`]: [() => policy(90, 3), () => policy(60, 4, "other@keyturn.test")],
      [`PUT ${PATH}`]: [
        () => problem(412, "precondition_failed", { ETag: '"posture-policy-4"' }),
        () => policy(20, 5),
      ],
    });
    render();
    const user = userEvent.setup();

    await typeDays(user, "30");
    await user.click(save());
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Someone else changed the policy");
    expect(alert).toHaveTextContent("Reload to see their value");
    expect(await field()).toHaveValue("30"); // nothing is thrown away before the user asks

    await user.click(within(alert).getByRole("button", { name: "Reload" }));
    await waitFor(() => expect(screen.queryByRole("alert")).not.toBeInTheDocument());
    expect(await field()).toHaveValue("60");
    expect(screen.getByText("The current policy is shown. Your change was not saved.")).toBeVisible();
    expect(screen.getByText(/^Last changed by other@keyturn\.test/)).toBeVisible();
    expect(api.callsTo(`GET ${PATH}`)).toHaveLength(2);

    await typeDays(user, "20");
    await user.click(save());
    await waitFor(() => expect(api.callsTo(`PUT ${PATH}`)).toHaveLength(2));
    expect(ifMatchOfPuts(api)).toEqual(['"posture-policy-3"', '"posture-policy-4"']);
  });

  it("explains a missing version (428) and a refused value (400) in plain words", async () => {
    fakeApi({
      [`GET ${PATH}`]: () => policy(90, 3),
      [`PUT ${PATH}`]: [() => problem(428, "precondition_required"), () => problem(400, "validation_failed")],
    });
    render();
    const user = userEvent.setup();

    await typeDays(user, "30");
    await user.click(save());
    const missing = await screen.findByRole("alert");
    expect(missing).toHaveTextContent("The policy could not be saved");
    expect(missing).toHaveTextContent("without the version of the policy it applies to");
    expect(within(missing).getByRole("button", { name: "Reload" })).toBeVisible();

    await user.click(save());
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent("The server refused this value"));
    expect(screen.getByRole("alert")).toHaveTextContent(
      "The maximum key age must be a whole number of days from 1 to 3,650. Nothing was saved.",
    );
  });

  it("is read-only for a role without settings:admin", async () => {
    fakeApi({ [`GET ${PATH}`]: () => policy(90, 3) });
    renderWithProviders(<KeyAgePolicy />, { me: meWithRoles(["Auditor"]) });
    expect(await field()).toHaveAttribute("readonly");
    expect(screen.queryByRole("button", { name: "Save" })).not.toBeInTheDocument();
    expect(screen.getByText("Only people with the Admin role can do this.")).toBeVisible();
  });
});
