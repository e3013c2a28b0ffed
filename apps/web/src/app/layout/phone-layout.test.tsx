import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderApp } from "../../testing/render-app";
import { NARROW_MEDIA } from "./narrow-screen";

let wide: typeof window.matchMedia;

beforeEach(() => {
  wide = window.matchMedia; // the setup's stub, defined before the tests
  // A phone: the narrow query matches (jsdom has no layout, so the hook's media query is answered here).
  window.matchMedia = (query: string) => ({ ...wide(query), matches: query === NARROW_MEDIA, media: query });
});
afterEach(() => {
  window.matchMedia = wide;
});

describe("the phone layout", { timeout: 30_000 }, () => {
  it("opens the navigation from a drawer, and keeps the account and sign-out in a menu", async () => {
    const { auth } = renderApp("/inventory", ["Operator"]);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Inventory" }, { timeout: 20_000 }),
    ).toBeVisible();
    const banner = screen.getByRole("banner");
    expect(screen.queryByRole("navigation", { name: "Main" })).not.toBeInTheDocument();
    expect(banner).not.toHaveTextContent("Signed in as");
    expect(within(banner).queryByRole("button", { name: "Sign out" })).not.toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(await within(banner).findByRole("button", { name: "Open the navigation" }));
    const nav = await screen.findByRole("navigation", { name: "Main" });
    expect(
      within(nav)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(["Inventory", "Posture", "New deployment"]);
    await user.click(within(nav).getByRole("link", { name: "Posture" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Posture" }, { timeout: 20_000 }),
    ).toBeVisible();

    await user.click(await within(banner).findByRole("button", { name: "Account: Test User" }));
    expect(await screen.findByText("Signed in as Test User")).toBeVisible();
    await user.click(screen.getByRole("menuitem", { name: "Sign out" }));
    expect(auth.signOut).toHaveBeenCalled();
  });
});
