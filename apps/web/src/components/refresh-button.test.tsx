import { useQuery } from "@tanstack/react-query";
import { configure, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../testing/render";
import { RefreshButton } from "./refresh-button";

configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

/** A screen's data, read `reads` times: each answer resolves when the test says so. */
function Screen({ read }: { read: () => Promise<number> }) {
  const query = useQuery({ queryKey: ["things", "list"], queryFn: read });
  return (
    <>
      <p>{query.data === undefined ? "loading" : `answer ${query.data}`}</p>
      <RefreshButton queries={[["things"]]} />
    </>
  );
}

describe("RefreshButton", () => {
  it("reads the screen's data again, busy until the fresh answer is in", async () => {
    let reads = 0;
    let release: () => void = () => {};
    const read = () =>
      new Promise<number>((resolve) => {
        reads += 1;
        const answer = reads;
        release = () => resolve(answer);
        if (answer === 1) resolve(answer);
      });
    renderWithProviders(<Screen read={read} />);
    expect(await screen.findByText("answer 1")).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Refresh" }));
    const busy = await screen.findByRole("button", { name: "Refreshing…" });
    expect(busy).toHaveAttribute("aria-disabled", "true");
    expect(reads).toBe(2);
    release();
    expect(await screen.findByText("answer 2")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("button", { name: "Refresh" })).toBeEnabled());
  });
});
