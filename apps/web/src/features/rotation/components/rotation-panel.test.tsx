import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fakeApi, json, problem } from "../../../testing/fake-api";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { BASE, destinationList, NAME, ROTATION_ID, rotationAt, stepRecord, WS } from "../rotation-fixtures";
import { deploymentSubject } from "../rotation-subject";
import { RotationPanel } from "./rotation-panel";

// Fluent renders slowly in jsdom, and this machine is shared: wait longer than the defaults.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const list =
  (...items: ReturnType<typeof rotationAt>[]) =>
  () =>
    json({ workspace: WS, deployment: NAME, items });

function renderPanel(roles: string[], authMode: "key" | "token" = "key") {
  return renderWithProviders(
    <RotationPanel subject={deploymentSubject(WS, NAME)} keyAuth={authMode === "key"} />,
    {
      me: meWithRoles(roles),
    },
  );
}

describe("rotation wizard", () => {
  it("says what will happen, when each key dies, where the key goes and what to tell callers", async () => {
    fakeApi({
      [`GET ${BASE}/rotations`]: list(),
      [`GET ${BASE}/destinations`]: () => json(destinationList()),
    });
    renderPanel(["KeyRotator"]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Rotate the keys…" }));

    const wizard = await screen.findByRole("alertdialog", { name: `Rotate the keys of ${NAME}` });
    // The slot callers send now is Primary (the destinations say it): Secondary is regenerated first.
    expect(wizard).toHaveTextContent(
      "The Secondary key is regenerated. Its current value stops working at once",
    );
    expect(within(wizard).getByText("Secondary key (its current value)")).toBeVisible();
    expect(within(wizard).getByText("At once, when the rotation starts")).toBeVisible();
    expect(within(wizard).getByText(/^At about .+: 15 min after the new key is published$/)).toBeVisible();
    expect(within(wizard).getByText("https://kv-prod.vault.azure.net · churn")).toBeVisible();
    expect(wizard).toHaveTextContent(
      "Callers that keep the key in their own configuration must switch to the new Secondary key after it is published",
    );
    expect(wizard).toHaveTextContent("From then on the Primary key is refused with 401.");
  });

  it("refuses a grace period that is not whole or longer than 30 days, before anything is sent", async () => {
    const api = fakeApi({
      [`GET ${BASE}/rotations`]: list(),
      [`GET ${BASE}/destinations`]: () => json(destinationList()),
    });
    renderPanel(["Operator"]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Rotate the keys…" }));
    const wizard = await screen.findByRole("alertdialog");
    const amount = within(wizard).getByRole("textbox", { name: /Grace period/ });

    await user.clear(amount);
    await user.type(amount, "1.5");
    expect(within(wizard).getByText("Enter a whole number.")).toBeVisible();
    expect(within(wizard).getByRole("button", { name: "Continue" })).toHaveAttribute("aria-disabled", "true");

    await user.clear(amount);
    await user.type(amount, "31");
    await user.selectOptions(
      within(wizard).getByRole("combobox", { name: "Unit of the grace period" }),
      "days",
    );
    expect(within(wizard).getByText("A grace period lasts from 0 seconds to 30 days.")).toBeVisible();
    expect(api.calls.filter((call) => call.method === "POST")).toEqual([]);
  });

  it("asks for confirmation, starts with the grace chosen, then follows the steps until completed", async () => {
    const api = fakeApi({
      [`GET ${BASE}/rotations`]: [list(), list(rotationAt("verify")), list(rotationAt("completed"))],
      [`GET ${BASE}/destinations`]: () => json(destinationList()),
      [`POST ${BASE}/rotations`]: () => json({ id: ROTATION_ID, phase: "pending" }, 202),
      [`GET ${BASE}/rotations/${ROTATION_ID}`]: [
        () => json(rotationAt("verify")),
        () => json(rotationAt("grace")),
        () => json(rotationAt("completed")),
      ],
    });
    renderPanel(["KeyRotator"]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Rotate the keys…" }));
    const wizard = await screen.findByRole("alertdialog");
    const amount = within(wizard).getByRole("textbox", { name: /Grace period/ });
    await user.clear(amount);
    await user.type(amount, "30");
    await user.selectOptions(
      within(wizard).getByRole("combobox", { name: "Unit of the grace period" }),
      "seconds",
    );
    await user.click(within(wizard).getByRole("button", { name: "Continue" }));

    const confirm = await screen.findByRole("alertdialog", { name: `Start the rotation of ${NAME}?` });
    expect(confirm).toHaveTextContent("The Secondary key's current value stops working at once.");
    expect(confirm).toHaveTextContent("a key already regenerated cannot be restored");
    expect(api.callsTo(`POST ${BASE}/rotations`)).toEqual([]);
    await user.click(within(confirm).getByRole("button", { name: "Start the rotation" }));

    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(api.callsTo(`POST ${BASE}/rotations`).map((call) => call.body)).toEqual([{ graceSeconds: 30 }]);
    // Live: polled until the BFF's view says it is over; each step with its outcome.
    const progress = await screen.findByRole("region", { name: "Rotation in progress" });
    expect(within(progress).getByRole("status")).toHaveTextContent("Now: Verify the new key");
    const done = await screen.findByRole("region", { name: "Rotation completed" }, { timeout: 15_000 });
    const steps = within(done).getByRole("table", { name: "Steps of the rotation" });
    const row = (step: string) => within(steps).getByRole("row", { name: new RegExp(`^${step}`) });
    expect(row("Regenerate the standby key")).toHaveTextContent("Succeeded");
    expect(row("Regenerate the old key")).toHaveTextContent("bff-1 for support@keyturn.test");
    expect(
      within(done)
        .getByText(/https:\/\/kv-prod\.vault\.azure\.net · churn/)
        .closest("li"),
    ).toHaveTextContent("Version v2new");
    expect(within(done).getByText("Regenerated: no longer works")).toBeVisible();
    expect(within(done).queryByRole("button", { name: "Cancel the rotation…" })).not.toBeInTheDocument();
    const polls = api.callsTo(`GET ${BASE}/rotations/${ROTATION_ID}`).length;
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(api.callsTo(`GET ${BASE}/rotations/${ROTATION_ID}`)).toHaveLength(polls); // over: no more polls
  });

  it("shows the BFF's refusal to start in the confirmation (one rotation at a time)", async () => {
    fakeApi({
      [`GET ${BASE}/rotations`]: list(),
      [`GET ${BASE}/destinations`]: () => json(destinationList([])),
      [`POST ${BASE}/rotations`]: () => problem(409, "conflict"),
    });
    renderPanel(["KeyRotator"]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Rotate the keys…" }));
    const wizard = await screen.findByRole("alertdialog");
    expect(wizard).toHaveTextContent(
      "No Key Vault destination: every caller must be given the new key by hand",
    );
    await user.click(within(wizard).getByRole("button", { name: "Continue" }));
    await user.click(await screen.findByRole("button", { name: "Start the rotation" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("changed at the same time by someone else");
    expect(screen.getByRole("alertdialog")).toBeVisible();
  });
});

describe("rotation in progress", () => {
  it("cancels after a confirmation that says what cannot be undone", async () => {
    let cancelled = false;
    const now = () =>
      cancelled
        ? rotationAt("cancelled", { steps: [stepRecord("grace", "cancelled")] })
        : rotationAt("grace");
    const api = fakeApi({
      [`GET ${BASE}/rotations`]: () => list(now())(),
      [`GET ${BASE}/destinations`]: () => json(destinationList()),
      [`GET ${BASE}/rotations/${ROTATION_ID}`]: () => json(now()),
      [`POST ${BASE}/rotations/${ROTATION_ID}/cancel`]: () => {
        cancelled = true;
        return json(now());
      },
    });
    renderPanel(["KeyRotator"]);
    const user = userEvent.setup();
    const progress = await screen.findByRole("region", { name: "Rotation in progress" });
    expect(within(progress).getByText(/^Stops working at /)).toBeVisible();
    // Another rotation cannot start meanwhile.
    expect(screen.getByRole("button", { name: "Rotate the keys…" })).toHaveAttribute("aria-disabled", "true");
    await user.click(within(progress).getByRole("button", { name: "Cancel the rotation…" }));

    const dialog = await screen.findByRole("alertdialog", { name: "Cancel the rotation?" });
    expect(dialog).toHaveTextContent("Nothing more is changed and the Primary key keeps working.");
    expect(dialog).toHaveTextContent(
      "the Secondary key was regenerated: its previous value does not come back.",
    );
    expect(dialog).toHaveTextContent("the new Secondary key is published in Key Vault and stays there");
    expect(within(dialog).getByRole("button", { name: "Keep rotating" })).toHaveFocus();
    await user.click(within(dialog).getByRole("button", { name: "Cancel the rotation" }));

    await screen.findByRole("region", { name: "Rotation cancelled" });
    expect(api.callsTo(`POST ${BASE}/rotations/${ROTATION_ID}/cancel`)).toHaveLength(1);
  });

  it("asks a person to confirm when the policy wants it, then lets the old key be regenerated", async () => {
    const inGrace = rotationAt("grace");
    const waiting = {
      ...inGrace,
      phase: "confirm" as const,
      steps: [...inGrace.steps.filter((r) => r.step !== "grace"), stepRecord("grace", "succeeded")],
      view: { ...inGrace.view, nextStep: "confirm" as const },
    };
    const api = fakeApi({
      [`GET ${BASE}/rotations`]: list(waiting),
      [`GET ${BASE}/destinations`]: () => json(destinationList()),
      [`GET ${BASE}/rotations/${ROTATION_ID}`]: () => json(waiting),
      [`POST ${BASE}/rotations/${ROTATION_ID}/confirm`]: () => json(rotationAt("retire-old")),
    });
    renderPanel(["KeyRotator"]);
    const user = userEvent.setup();
    const progress = await screen.findByRole("region", { name: "Rotation in progress" });
    expect(within(progress).getByRole("table", { name: "Steps of the rotation" })).toHaveTextContent(
      "Confirmation",
    );
    await user.click(within(progress).getByRole("button", { name: "Confirm…" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Regenerate the Primary key now?" });
    expect(dialog).toHaveTextContent("This cannot be undone.");
    await user.click(within(dialog).getByRole("button", { name: "Regenerate the Primary key" }));
    await waitFor(() => expect(api.callsTo(`POST ${BASE}/rotations/${ROTATION_ID}/confirm`)).toHaveLength(1));
  });

  it("names why a verification failed and that the old key still works", async () => {
    const failed = rotationAt("failed", {
      failure: { step: "verify", reason: "new_key_refused" },
      steps: [
        stepRecord("regenerate-standby", "succeeded"),
        stepRecord("verify", "failed", { reason: "new_key_refused" }),
      ],
    });
    fakeApi({
      [`GET ${BASE}/rotations`]: list(failed),
      [`GET ${BASE}/destinations`]: () => json(destinationList()),
      [`GET ${BASE}/rotations/${ROTATION_ID}`]: () => json(failed),
    });
    renderPanel(["Auditor"]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: /^Show the rotation started / }));
    const progress = await screen.findByRole("region", { name: "Rotation failed" });
    const alert = within(progress).getByRole("alert");
    expect(alert).toHaveTextContent("The rotation stopped at the step “Verify the new key”");
    expect(alert).toHaveTextContent("the scoring URI refused the new key");
    expect(alert).toHaveTextContent("The Primary key still works");
    const steps = within(progress).getByRole("table", { name: "Steps of the rotation" });
    expect(within(steps).getByRole("row", { name: /^Publish to Key Vault/ })).toHaveTextContent("Not run");
  });
});

describe("rotation history", () => {
  it("says there is none yet", async () => {
    fakeApi({
      [`GET ${BASE}/rotations`]: list(),
      [`GET ${BASE}/destinations`]: () => json(destinationList()),
    });
    renderPanel(["Auditor"]);
    expect(await screen.findByText("No rotation of this deployment yet.")).toBeVisible();
  });

  it("lists each rotation: when, by whom, state, steps done and versions written", async () => {
    fakeApi({
      [`GET ${BASE}/rotations`]: list(rotationAt("completed")),
      [`GET ${BASE}/destinations`]: () => json(destinationList()),
    });
    renderPanel(["Auditor"]);
    const table = await screen.findByRole("table", { name: `Rotations of ${NAME}` });
    const [, row] = within(table).getAllByRole("row");
    expect(row).toHaveTextContent("support@keyturn.test");
    expect(row).toHaveTextContent("Completed");
    expect(row).toHaveTextContent("5 of 5");
    expect(row).toHaveTextContent("1 version written");
    // Relative and absolute: "… ago · Dec 7, 2026, …".
    expect(row).toHaveTextContent(/ago · Dec 7, 2026/);
  });
});

describe("who may rotate", () => {
  it("explains the missing role instead of starting, and offers no cancel", async () => {
    fakeApi({
      [`GET ${BASE}/rotations`]: list(rotationAt("grace")),
      [`GET ${BASE}/destinations`]: () => json(destinationList()),
      [`GET ${BASE}/rotations/${ROTATION_ID}`]: () => json(rotationAt("grace")),
    });
    renderPanel(["Auditor"]);
    const start = await screen.findByRole("button", { name: "Rotate the keys…" });
    expect(start).toHaveAttribute("aria-disabled", "true");
    expect(start).toHaveAccessibleDescription(/Operator or Key rotator/);
    await screen.findByRole("region", { name: "Rotation in progress" });
    expect(screen.queryByRole("button", { name: "Cancel the rotation…" })).not.toBeInTheDocument();
  });

  it("says a deployment without key authentication cannot be rotated", async () => {
    fakeApi({
      [`GET ${BASE}/rotations`]: list(),
      [`GET ${BASE}/destinations`]: () => json(destinationList()),
    });
    renderPanel(["Operator"], "token");
    expect(await screen.findByText(/Only a service with key authentication on can be rotated/)).toBeVisible();
    expect(screen.getByRole("button", { name: "Rotate the keys…" })).toHaveAttribute("aria-disabled", "true");
  });
});
