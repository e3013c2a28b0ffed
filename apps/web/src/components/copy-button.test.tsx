import { configure, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../testing/render";
import { CopyableCode } from "./copy-button";

// Fluent renders slowly in jsdom on a shared machine: wait longer than the defaults.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const URI = "https://fraud-v2.eastus.inference.ml.azure.com/score";

describe("CopyableCode", () => {
  it("shows the whole value and copies it with the icon beside it, saying so in a toast", async () => {
    const user = userEvent.setup(); // with a clipboard stub
    renderWithProviders(<CopyableCode value={URI} name="Scoring URI" />, { toaster: true });
    expect(screen.getByText(URI).tagName).toBe("CODE");
    await user.click(screen.getByRole("button", { name: "Copy Scoring URI" }));
    expect(await navigator.clipboard.readText()).toBe(URI);
    expect(await screen.findByText("Scoring URI copied to the clipboard.")).toBeInTheDocument();
  });
});
