import { act, configure, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadLanguage } from "../lib/i18n/i18n";
import { renderWithProviders } from "../testing/render";
import { RelativeTime } from "./relative-time";

// Fluent renders slowly in jsdom on a shared machine: wait longer than the defaults.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const NOW = new Date("2026-12-07T13:45:00.000Z");
const THREE_MINUTES_AGO = "2026-12-07T13:42:00.000Z";

afterEach(async () => {
  vi.useRealTimers();
  await act(() => loadLanguage("en"));
});

describe("RelativeTime", () => {
  it("says how long ago, the exact time beside it, in a <time> machines read", () => {
    vi.useFakeTimers({ toFake: ["Date"], now: NOW });
    renderWithProviders(
      <RelativeTime
        at={THREE_MINUTES_AGO}
        options={{ timeZone: "UTC", dateStyle: "medium", timeStyle: "short" }}
      />,
    );
    const time = screen.getByText("3 minutes ago").closest("time");
    expect(time).toHaveAttribute("datetime", THREE_MINUTES_AGO);
    expect(time).toHaveTextContent(/3 minutes ago · Dec 7, 2026, 1:42\sPM/);
  });

  it("speaks Spanish when the console does", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: NOW });
    await act(() => loadLanguage("es"));
    renderWithProviders(<RelativeTime at={THREE_MINUTES_AGO} />);
    expect(screen.getByText("hace 3 minutos")).toBeInTheDocument();
  });

  it("puts the exact time in a tooltip the keyboard reaches, where room is short", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: NOW });
    renderWithProviders(
      <RelativeTime
        at={THREE_MINUTES_AGO}
        absolute="tooltip"
        options={{ timeZone: "UTC", timeStyle: "short" }}
      />,
    );
    const time = screen.getByText("3 minutes ago");
    expect(time).toHaveTextContent(/^3 minutes ago$/); // nothing beside it
    expect(time).toHaveAccessibleDescription(/1:42\sPM/);
    await userEvent.tab();
    expect(time).toHaveFocus();
    expect(await screen.findByRole("tooltip")).toHaveTextContent(/1:42\sPM/);
  });
});
