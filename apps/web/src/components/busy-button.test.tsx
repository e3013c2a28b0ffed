import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRef } from "react";
import { describe, expect, it, vi } from "vitest";
import { meWithRoles, renderWithProviders } from "../testing/render";
import { BusyButton } from "./busy-button";
import { Can } from "./can";

describe("BusyButton", () => {
  it("says its action is running and cannot be pressed again, but keeps its focus", async () => {
    const onClick = vi.fn();
    const ref = createRef<HTMLButtonElement>();
    renderWithProviders(
      <BusyButton ref={ref} busy busyLabel="Saving…" onClick={onClick}>
        Save
      </BusyButton>,
    );
    const button = screen.getByRole("button", { name: "Saving…" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(ref.current).toBe(button);
    ref.current?.focus();
    expect(button).toHaveFocus();
    await userEvent.setup().click(button);
    expect(onClick).not.toHaveBeenCalled();
  });

  it("is an ordinary button when idle, still disabled by what its owner says", () => {
    renderWithProviders(
      <>
        <BusyButton busy={false} busyLabel="Saving…">
          Save
        </BusyButton>
        <BusyButton busy={false} busyLabel="Sending…" disabledFocusable>
          Send
        </BusyButton>
      </>,
    );
    expect(screen.getByRole("button", { name: "Save" })).not.toHaveAttribute("aria-disabled");
    expect(screen.getByRole("button", { name: "Send" })).toHaveAttribute("aria-disabled", "true");
  });

  it("passes on what Can gives a Fluent button: disabled, with the missing permission as its description", () => {
    renderWithProviders(
      <Can permission="settings:admin" mode="disable">
        <BusyButton busy={false} busyLabel="Signing…">
          Sign now
        </BusyButton>
      </Can>,
      { me: meWithRoles(["Operator"]) },
    );
    const sign = screen.getByRole("button", { name: "Sign now" });
    expect(sign).toHaveAccessibleDescription("Only people with the Admin role can do this.");
  });
});
