import { act, configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { changeLanguage } from "../../../lib/i18n/i18n";
import { fakeApi, json } from "../../../testing/fake-api";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { BASE, destinationList, governingPolicy, NAME, ROTATION_ID, WS } from "../rotation-fixtures";
import { deploymentSubject } from "../rotation-subject";
import { RotationPanel } from "./rotation-panel";

// Fluent renders slowly in jsdom, and this machine is shared: wait longer than the defaults.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

afterEach(async () => {
  await act(() => changeLanguage("en"));
});

/** The panel with the destinations naming `policy`, its wizard open. */
async function openWizard(policy: ReturnType<typeof governingPolicy> | null) {
  const api = fakeApi({
    [`GET ${BASE}/rotations`]: () => json({ workspace: WS, deployment: NAME, items: [] }),
    [`GET ${BASE}/destinations`]: () => json(destinationList(undefined, policy)),
    [`POST ${BASE}/rotations`]: () => json({ id: ROTATION_ID, phase: "pending" }, 202),
  });
  renderWithProviders(<RotationPanel subject={deploymentSubject(WS, NAME)} keyAuth />, {
    me: meWithRoles(["KeyRotator"]),
  });
  const user = userEvent.setup();
  await user.click(await screen.findByRole("button", { name: "Rotate the keys…" }));
  const wizard = await screen.findByRole("alertdialog", { name: `Rotate the keys of ${NAME}` });
  const amount = within(wizard).getByRole("textbox", { name: /Grace period/ });
  const unit = within(wizard).getByRole("combobox", { name: "Unit of the grace period" });
  const start = async () => {
    await user.click(within(wizard).getByRole("button", { name: "Continue" }));
    const confirm = await screen.findByRole("alertdialog", { name: `Start the rotation of ${NAME}?` });
    const text = confirm.textContent;
    await user.click(within(confirm).getByRole("button", { name: "Start the rotation" }));
    await waitFor(() => expect(api.callsTo(`POST ${BASE}/rotations`)).toHaveLength(1));
    return { confirmText: text, body: api.callsTo(`POST ${BASE}/rotations`)[0]?.body };
  };
  return { wizard, amount, unit, user, start };
}

describe("the rotation wizard and the governing policy", () => {
  it("offers the policy's grace in its largest unit, names the policy and leaves the grace to it", async () => {
    const { wizard, amount, unit, start } = await openWizard(governingPolicy({ graceSeconds: 3600 }));
    expect(wizard).toHaveTextContent(
      "The rotation policy “Prod team” governs churn: its grace period is 1 hr.",
    );
    expect(amount).toHaveValue("1");
    expect(unit).toHaveValue("hours");
    expect(within(wizard).getByText(/^At about .+: 1 hr after the new key is published$/)).toBeVisible();
    expect(wizard).not.toHaveTextContent("asks for a confirmation");
    // Not asked: the BFF applies the policy's grace, as for a scheduled rotation.
    expect((await start()).body).toEqual({});
  });

  it("says the old key waits for a person's confirmation when the policy asks for one", async () => {
    const { wizard, start } = await openWizard(governingPolicy({ requireConfirmation: true }));
    const waits =
      "The policy asks for a confirmation: after the grace period the rotation waits until a person confirms it, and only then does the Primary key stop working.";
    expect(wizard).toHaveTextContent(waits);
    // When the old key dies: never at a time alone, since a person's confirmation comes first.
    expect(wizard).not.toHaveTextContent(/At about/);
    expect(
      within(wizard).getByText(
        /^Once a person confirms, and not before .+ \(\d+ (min|hr) after the new key is published\)$/,
      ),
    ).toBeVisible();
    expect((await start()).confirmText).toContain(waits);
  });

  it("sends a grace the person changed", async () => {
    const { amount, unit, user, start } = await openWizard(governingPolicy({ graceSeconds: 3600 }));
    await user.clear(amount);
    await user.type(amount, "30");
    await user.selectOptions(unit, "minutes");
    expect((await start()).body).toEqual({ graceSeconds: 1800 });
  });

  it("with no policy: says so and offers 15 minutes", async () => {
    const { wizard, amount, unit, start } = await openWizard(null);
    expect(wizard).toHaveTextContent("No rotation policy governs churn: the grace period offered is 15 min.");
    expect(amount).toHaveValue("15");
    expect(unit).toHaveValue("minutes");
    expect((await start()).body).toEqual({ graceSeconds: 900 });
  });

  it("speaks Spanish (usted)", async () => {
    const { wizard } = await openWizard(governingPolicy({ graceSeconds: 7200, requireConfirmation: true }));
    await act(() => changeLanguage("es"));
    await waitFor(() =>
      expect(wizard).toHaveTextContent(
        "La directiva de rotación «Prod team» rige churn: su período de gracia es de 2 h.",
      ),
    );
    expect(wizard).toHaveTextContent(
      "tras el período de gracia la rotación espera a que una persona la confirme",
    );
  });
});
