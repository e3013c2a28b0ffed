import type { DeploymentDetail } from "@keyturn/api-contract";
import { act, configure, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { changeLanguage } from "../../../lib/i18n/i18n";
import { deploymentDetail } from "../../../testing/fixtures";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { AuthSettingsForm } from "./auth-settings-form";
import { DeleteDeploymentButton } from "./delete-deployment-button";
import { LastKnownBanner } from "./last-known-banner";

// The whole suite runs in parallel on small machines: give screens time to appear.
configure({ asyncUtilTimeout: 5_000 });

const AS_OF = "2026-02-03T04:05:06.000Z";

/** What the BFF answers while the workspace's region is down: the inventory's last-known row. */
function lastKnown(overrides: Partial<DeploymentDetail> = {}): DeploymentDetail {
  return deploymentDetail({
    computeName: null,
    swaggerUri: null,
    updatedAt: "2026-01-20T10:00:00.000Z",
    lastKnown: { reason: "workspace_region_down", asOf: AS_OF },
    ...overrides,
  });
}

/** The date and time as the page formats it, in the reader's language and time zone. */
const shown = (language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" }).format(new Date(AS_OF));

// Two and a half hours after the last read: the banner says how long ago beside when.
beforeEach(() => vi.useFakeTimers({ toFake: ["Date"], now: Date.parse(AS_OF) + 2.5 * 3_600_000 }));
afterEach(async () => {
  vi.useRealTimers();
  await act(() => changeLanguage("en"));
});

describe("last-known deployment (the workspace's region is down)", { timeout: 60_000 }, () => {
  it("says in a warning banner that the region is down, as of when, and that changes wait", async () => {
    const retry = vi.fn();
    renderWithProviders(<LastKnownBanner deployment={lastKnown()} onRetry={retry} />);
    expect(screen.getByText("The workspace's region is down")).toBeVisible();
    expect(
      screen.getByText(
        `The region of the workspace ws-prod-eastus, East US, is down, so Keyturn cannot read this deployment from it. What you see is its last-known state, read 2 hours ago (${shown("en")}).`,
      ),
    ).toBeVisible();
    expect(screen.getByText(/^Changes are unavailable until the region is back/)).toBeVisible();
    await userEvent.setup().click(screen.getByRole("button", { name: "Check again" }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it("speaks Spanish, with the date in Spanish", async () => {
    await act(() => changeLanguage("es"));
    renderWithProviders(<LastKnownBanner deployment={lastKnown()} />);
    expect(screen.getByText("La región del área de trabajo no está disponible")).toBeVisible();
    expect(
      screen.getByText(new RegExp(`último estado conocido, leído hace 2 horas \\(${shown("es")}\\)\\.$`)),
    ).toBeVisible();
    // The region as the Azure portal names it in Spanish.
    expect(
      screen.getByText(
        /^La región del área de trabajo ws-prod-eastus, Este de EE\. UU\., no está disponible/,
      ),
    ).toBeVisible();
  });

  it("shows nothing for a live read", () => {
    renderWithProviders(<LastKnownBanner deployment={lastKnown({ lastKnown: null })} />);
    expect(screen.queryByText("The workspace's region is down")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Check again" })).not.toBeInTheDocument();
  });

  it("shows the authentication settings read-only, with the reason, even to an Operator", () => {
    renderWithProviders(<AuthSettingsForm deployment={lastKnown()} onReload={async () => undefined} />, {
      me: meWithRoles(["Operator"]),
    });
    const group = screen.getByRole("group", { name: "How callers authenticate" });
    expect(
      within(group).getByText(
        "Changes are unavailable while the workspace's region is down. These are the last-known settings.",
      ),
    ).toBeVisible();
    expect(within(group).getByRole("switch", { name: "Key authentication" })).toBeDisabled();
    expect(within(group).getByRole("switch", { name: "Key authentication" })).toBeChecked();
    expect(within(group).getByRole("switch", { name: "Token authentication" })).toBeDisabled();
    expect(screen.queryByRole("button", { name: "Save" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Discard changes" })).not.toBeInTheDocument();
  });

  it("disables deleting, says why, and opens no dialog", async () => {
    const fetch = vi.fn();
    vi.stubGlobal("fetch", fetch);
    renderWithProviders(<DeleteDeploymentButton deployment={lastKnown()} onDeleted={() => {}} />, {
      me: meWithRoles(["Operator"]),
    });
    const button = screen.getByRole("button", { name: "Delete" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveAccessibleDescription(
      "The deployment cannot be deleted while the workspace's region is down.",
    );
    await userEvent.setup().click(button);
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });
});
