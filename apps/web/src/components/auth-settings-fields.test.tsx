import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../testing/render";
import { AuthSettingsFields } from "./auth-settings-fields";

const tokenOn = { keyAuth: false, tokenAuth: true };

describe("the region warning of token auth", () => {
  it("gives the distance between two regions the console lists", () => {
    renderWithProviders(
      <AuthSettingsFields
        target="AKS"
        value={tokenOn}
        onChange={vi.fn()}
        workspaceRegion="eastus"
        clusterRegion="westus2"
      />,
    );
    expect(screen.getByText(/West US 2/)).toHaveTextContent(/about [\d,.\s]+\s?km here/);
  });

  it("names a region the console does not list as written, and says its distance is unknown", () => {
    renderWithProviders(
      <AuthSettingsFields
        target="AKS"
        value={tokenOn}
        onChange={vi.fn()}
        workspaceRegion="usgovvirginia"
        clusterRegion="usgovtexas"
      />,
    );
    expect(screen.getByText("The workspace and the cluster are in different regions")).toBeInTheDocument();
    const body = screen.getByText(/\(usgovvirginia\)/);
    expect(body).toHaveTextContent("(usgovtexas)");
    expect(body).toHaveTextContent("The console does not know the distance between these regions");
  });
});
