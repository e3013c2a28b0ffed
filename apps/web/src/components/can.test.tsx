import { Button } from "@fluentui/react-components";
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { meWithRoles, renderWithProviders } from "../testing/render";
import { Can } from "./can";

const regenerate = (
  <Can permission="key:regenerate">
    <Button>Regenerate</Button>
  </Can>
);

describe("Can", () => {
  it("shows the control to a role that holds the permission", () => {
    renderWithProviders(regenerate, { me: meWithRoles(["KeyRotator"]) });
    expect(screen.getByRole("button", { name: "Regenerate" })).toBeEnabled();
  });

  it("hides the control from a role that does not", () => {
    renderWithProviders(regenerate, { me: meWithRoles(["Auditor"]) });
    expect(screen.queryByRole("button", { name: "Regenerate" })).not.toBeInTheDocument();
  });

  it("hides the control while the user is not known yet", () => {
    renderWithProviders(regenerate);
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
  });

  it("renders the fallback instead, when given one", () => {
    renderWithProviders(
      <Can permission="settings:admin" fallback={<p>read only</p>}>
        <Button>Edit policy</Button>
      </Can>,
      { me: meWithRoles(["Operator"]) },
    );
    expect(screen.getByText("read only")).toBeInTheDocument();
  });

  it("in disable mode, keeps the control focusable but disabled, and gives the reason from the domain's matrix", () => {
    renderWithProviders(
      <Can permission="key:regenerate" mode="disable">
        <Button>Regenerate</Button>
      </Can>,
      { me: meWithRoles(["Auditor"]) },
    );
    const button = screen.getByRole("button", { name: "Regenerate" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveAccessibleDescription(
      "Only people with one of the Operator or Key rotator roles can do this.",
    );
  });

  it("gives the state to a function child", () => {
    renderWithProviders(
      <Can permission="settings:admin">{({ allowed, reason }) => <p>{allowed ? "yes" : reason}</p>}</Can>,
      { me: meWithRoles(["Operator"]) },
    );
    expect(screen.getByText("Only people with the Admin role can do this.")).toBeInTheDocument();
  });
});
