import { PERMISSIONS, ROLES } from "@keyturn/auth-domain";
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../testing/render-app";

const renderShell = (roles: string[], path = "/inventory") => renderApp(path, roles);

const navLinks = async () => {
  const nav = await screen.findByRole("navigation", { name: "Main" });
  return within(nav)
    .queryAllByRole("link")
    .map((link) => link.textContent);
};

// The first render loads the inventory screen's chunk, slow to transform while the suite runs in parallel.
describe("side navigation", { timeout: 30_000 }, () => {
  // What each role's permissions (auth-domain's permissionsOf) open, in the navigation's order.
  it.each([
    [["Operator"], ["Inventory", "Posture", "New deployment"]],
    [["KeyRotator"], ["Inventory", "Posture"]],
    [["Auditor"], ["Inventory", "Posture", "Audit log"]],
    [["Admin"], ["Inventory", "Posture", "Audit log", "Settings"]],
    [[], ["Inventory"]], // the signed-in baseline (decision record 006)
    [
      ["Operator", "Admin"],
      ["Inventory", "Posture", "Audit log", "Settings", "New deployment"],
    ],
  ])("for roles %j shows exactly %j", async (roles, expected) => {
    renderShell(roles);
    expect(await navLinks()).toEqual(expected);
  });

  it("covers every role and every guarded permission of the domain", () => {
    expect(ROLES).toEqual(["Operator", "KeyRotator", "Auditor", "Admin"]);
    expect(PERMISSIONS).toEqual(
      expect.arrayContaining([
        "inventory:read",
        "posture:read",
        "audit:read",
        "settings:admin",
        "deployment:write",
      ]),
    );
  });
});

describe("app shell", { timeout: 30_000 }, () => {
  it("has the landmarks, a skip link first, and the signed-in user", async () => {
    renderShell(["Operator"], "/");
    expect(await screen.findByRole("heading", { level: 1, name: "Inventory" })).toBeInTheDocument();
    expect(screen.getByRole("banner")).toHaveTextContent("Keyturn");
    expect(screen.getByRole("main")).toBeInTheDocument();
    expect(screen.getByText("Signed in as Test User")).toBeInTheDocument();

    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByRole("link", { name: "Skip to main content" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("main")).toHaveFocus();
  });

  it("explains, instead of the screen, when the role does not open it", async () => {
    renderShell(["Auditor"], "/settings");
    expect(
      await screen.findByRole("heading", { level: 1, name: "You cannot open this page" }),
    ).toBeInTheDocument();
    expect(screen.getByText("Only people with the Admin role can do this.")).toBeInTheDocument();
  });

  it("opens the inventory to a user without any role, and tells them to ask for one elsewhere", async () => {
    renderShell([], "/inventory");
    expect(await screen.findByRole("heading", { level: 1, name: "Inventory" })).toBeInTheDocument();
    cleanup();
    renderShell([], "/posture");
    expect(
      await screen.findByText(/has no Keyturn role yet, so it can read the inventory only/),
    ).toBeInTheDocument();
  });

  it("tells a user without any role, on every screen, what they can do and who can give them more", async () => {
    renderShell([], "/inventory");
    expect(await screen.findByRole("heading", { level: 1, name: "Inventory" })).toBeInTheDocument();
    expect(screen.getByText("You are signed in without a Keyturn role")).toBeVisible();
    expect(screen.getByRole("main")).toHaveTextContent(
      "You can read the inventory and each deployment's settings and key details, but not change, reveal or test anything. To do more, ask an administrator to give you a role: Operator, Key rotator, Auditor, or Admin.",
    );
    cleanup();
    renderShell(["Auditor"], "/inventory");
    expect(await screen.findByRole("heading", { level: 1, name: "Inventory" })).toBeInTheDocument();
    expect(screen.queryByText("You are signed in without a Keyturn role")).not.toBeInTheDocument();
  });

  it("navigates between screens and signs out", async () => {
    const { auth } = renderShell(["Admin"]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole("link", { name: "Audit log" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Audit log" }, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Audit log" })).toHaveAttribute("aria-current", "page");
    await waitFor(() => expect(screen.getByRole("main")).toHaveFocus()); // focus follows the navigation
    await user.click(screen.getByRole("button", { name: "Sign out" }));
    expect(auth.signOut).toHaveBeenCalled();
  });

  it("shows a page-not-found screen for unknown addresses", async () => {
    renderShell(["Operator"], "/nowhere");
    expect(await screen.findByRole("heading", { level: 1, name: "Page not found" })).toBeInTheDocument();
  });
});
