import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../../testing/render";
import type { PostureSearch } from "../search";
import { FindingsFilterBar } from "./findings-filter-bar";

vi.setConfig({ testTimeout: 30_000 });

const bar = (value: PostureSearch, onChange = vi.fn()) => {
  renderWithProviders(<FindingsFilterBar value={value} onChange={onChange} workspaces={["ws-prod"]} />);
  return within(screen.getByLabelText("Filter the findings"));
};

describe("the findings' filter bar", () => {
  it("shows the generation from the inventory's link as a filter of its own, which can be taken off", async () => {
    const onChange = vi.fn();
    const filters = bar({ workspace: "ws-prod", deployment: "scorer", generation: "v2" }, onChange);
    const generation = filters.getByRole("combobox", { name: "Generation" });
    expect(generation).toHaveDisplayValue("Online endpoints (v2)");
    await userEvent.setup().selectOptions(generation, "Any");
    expect(onChange).toHaveBeenCalledWith({
      workspace: "ws-prod",
      deployment: "scorer",
      generation: undefined,
    });
  });

  it("offers no generation filter while none is set", () => {
    const filters = bar({ workspace: "ws-prod" });
    expect(filters.queryByRole("combobox", { name: "Generation" })).not.toBeInTheDocument();
  });
});
