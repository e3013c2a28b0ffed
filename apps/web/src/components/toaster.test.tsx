import { act, configure, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../testing/render";
import { useNotify } from "./toast";

configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

let notify: ReturnType<typeof useNotify> | undefined;
function Notifier() {
  notify = useNotify();
  return null;
}

describe("toaster", () => {
  it("stands bottom left on a wide screen, over the side navigation, away from the content's controls", async () => {
    renderWithProviders(<Notifier />, { toaster: true });
    act(() => notify?.success("Key regenerated"));
    const toast = await screen.findByText("Key regenerated");
    const toaster = toast.closest("[data-toaster-position]");
    expect(toaster).toHaveAttribute("data-toaster-position", "bottom-start");
  });
});
