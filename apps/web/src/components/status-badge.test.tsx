import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithProviders } from "../testing/render";
import { ServiceStateBadge } from "./service-state-badge";
import { StatusBadge } from "./status-badge";

describe("StatusBadge", () => {
  it("words a status it knows", () => {
    renderWithProviders(
      <StatusBadge status="on" colors={{ on: "success" }} appearance="tint" words={() => "Switched on"} />,
    );
    expect(screen.getByText("Switched on")).toBeInTheDocument();
    expect(screen.queryByText("on")).not.toBeInTheDocument();
  });

  it("shows a status it does not know as the server sent it, even one named like an object's property", () => {
    renderWithProviders(
      <>
        <ServiceStateBadge state="Migrating" />
        <StatusBadge status="toString" colors={{ on: "success" }} appearance="tint" words={() => "On"} />
      </>,
    );
    expect(screen.getByText("Migrating")).toBeInTheDocument();
    expect(screen.getByText("toString")).toBeInTheDocument();
    expect(screen.queryByText("On")).not.toBeInTheDocument();
  });
});
