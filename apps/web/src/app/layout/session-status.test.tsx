import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { markSessionActive, markSessionExpired, setSessionRenewer } from "../../lib/auth/session";
import { fakeAuth, renderWithProviders } from "../../testing/render";
import { renderApp } from "../../testing/render-app";
import { SignInPage } from "../sign-in-page";

afterEach(() => {
  markSessionActive();
  setSessionRenewer(undefined);
});

describe("an expired session", { timeout: 30_000 }, () => {
  it("is said in the header, which stops saying who is signed in, and offers to sign in again", async () => {
    const renew = vi.fn(async () => {
      markSessionActive();
      return true;
    });
    setSessionRenewer(renew);
    renderApp("/inventory", ["Operator"]);
    expect(await screen.findByText("Signed in as Test User")).toBeInTheDocument();

    markSessionExpired();
    const banner = screen.getByRole("banner");
    await waitFor(() => expect(banner).toHaveTextContent("Your session has expired"));
    expect(banner).not.toHaveTextContent("Signed in as");
    await userEvent.click(screen.getByRole("button", { name: "Sign in again" }));
    expect(renew).toHaveBeenCalledOnce();
    await waitFor(() => expect(banner).toHaveTextContent("Signed in as Test User"));
  });

  it("is said on the sign-in page after a reload", () => {
    markSessionExpired();
    renderWithProviders(<SignInPage />, { auth: fakeAuth() });
    expect(
      screen.getByText("Your session expired. Sign in again to continue where you left off."),
    ).toBeVisible();
  });

  it("is not mentioned on a first sign-in", () => {
    renderWithProviders(<SignInPage />);
    expect(screen.queryByText(/Your session expired/)).not.toBeInTheDocument();
  });
});
