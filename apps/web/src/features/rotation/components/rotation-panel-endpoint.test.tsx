import { act, configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { changeLanguage } from "../../../lib/i18n/i18n";
import { queryKeys } from "../../../lib/query-keys";
import { fakeApi, json } from "../../../testing/fake-api";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { destinationList, ENDPOINT_BASE, NAME, ROTATION_ID, rotationAt, WS } from "../rotation-fixtures";
import { endpointSubject } from "../rotation-subject";
import { RotationPanel } from "./rotation-panel";

// Fluent renders slowly in jsdom, and this machine is shared: wait longer than the defaults.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const list =
  (...items: ReturnType<typeof rotationAt>[]) =>
  () =>
    json({ workspace: WS, deployment: NAME, items });

function renderPanel(roles: string[], keyAuth = true) {
  return renderWithProviders(<RotationPanel subject={endpointSubject(WS, NAME)} keyAuth={keyAuth} />, {
    me: meWithRoles(roles),
  });
}

afterEach(async () => {
  await act(() => changeLanguage("en"));
});

describe("an online endpoint's rotation", () => {
  it("starts from the endpoint's own routes, follows the steps and reads the endpoint's keys again", async () => {
    const api = fakeApi({
      [`GET ${ENDPOINT_BASE}/rotations`]: [list(), list(rotationAt("verify")), list(rotationAt("completed"))],
      [`GET ${ENDPOINT_BASE}/destinations`]: () => json(destinationList([])),
      [`POST ${ENDPOINT_BASE}/rotations`]: () => json({ id: ROTATION_ID, phase: "pending" }, 202),
      [`GET ${ENDPOINT_BASE}/rotations/${ROTATION_ID}`]: [
        () => json(rotationAt("verify")),
        () => json(rotationAt("completed")),
      ],
    });
    const { queryClient } = renderPanel(["KeyRotator"]);
    const endpointKeys = queryKeys.endpoints.keys(WS, NAME);
    queryClient.setQueryData(endpointKeys, { keys: [] });
    expect(await screen.findByText("No rotation of this endpoint yet.")).toBeVisible();

    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Rotate the keys…" }));
    const wizard = await screen.findByRole("alertdialog", { name: `Rotate the keys of ${NAME}` });
    expect(wizard).toHaveTextContent("No Key Vault destination");
    await user.click(within(wizard).getByRole("button", { name: "Continue" }));
    await user.click(await screen.findByRole("button", { name: "Start the rotation" }));

    await screen.findByRole("region", { name: "Rotation completed" }, { timeout: 15_000 });
    expect(api.callsTo(`POST ${ENDPOINT_BASE}/rotations`).map((call) => call.body)).toEqual([
      { graceSeconds: 900 },
    ]);
    const history = screen.getByRole("table", { name: `Rotations of ${NAME}` });
    await waitFor(() => expect(within(history).getAllByRole("row")[1]).toHaveTextContent("Completed"));
    // Over: the endpoint's keys (not a v1 service's of the same name) are read again.
    await waitFor(() => expect(queryClient.getQueryState(endpointKeys)?.isInvalidated).toBe(true));
    expect(api.calls.every((call) => call.path.startsWith(ENDPOINT_BASE))).toBe(true);
  });

  it("keeps the v1 permissions: a reader sees the wizard's button disabled with the roles that may use it", async () => {
    fakeApi({
      [`GET ${ENDPOINT_BASE}/rotations`]: list(rotationAt("grace")),
      [`GET ${ENDPOINT_BASE}/destinations`]: () => json(destinationList()),
      [`GET ${ENDPOINT_BASE}/rotations/${ROTATION_ID}`]: () => json(rotationAt("grace")),
    });
    renderPanel(["Auditor"]);
    const start = await screen.findByRole("button", { name: "Rotate the keys…" });
    expect(start).toHaveAttribute("aria-disabled", "true");
    expect(start).toHaveAccessibleDescription(/Operator or Key rotator/);
    await screen.findByRole("region", { name: "Rotation in progress" });
    expect(screen.queryByRole("button", { name: "Cancel the rotation…" })).not.toBeInTheDocument();
    const add = screen.getByRole("button", { name: "Add a destination…" });
    expect(add).toHaveAccessibleDescription(/Admin/);
  });

  it("says, in English and Spanish, that an endpoint in a token mode has no keys to rotate", async () => {
    fakeApi({
      [`GET ${ENDPOINT_BASE}/rotations`]: list(),
      [`GET ${ENDPOINT_BASE}/destinations`]: () => json(destinationList()),
    });
    renderPanel(["Operator"], false);
    expect(await screen.findByText(/its callers send a token: it has no keys to rotate/)).toBeVisible();
    expect(screen.queryByText(/Only a service with key authentication/)).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Rotate the keys…" })).toHaveAttribute("aria-disabled", "true");
    await act(() => changeLanguage("es"));
    expect(await screen.findByText(/envían un token: no tiene claves que rotar/)).toBeVisible();
  });
});
