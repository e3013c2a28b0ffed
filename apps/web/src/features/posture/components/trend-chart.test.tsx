import type { PostureTrendDay } from "@keyturn/api-contract";
import { configure, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../../testing/render";
import { TrendChart } from "./trend-chart";

configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const day = (date: string, bySeverity: PostureTrendDay["bySeverity"]): PostureTrendDay => {
  const findings = Object.values(bySeverity).reduce((sum, n) => sum + n, 0);
  return {
    day: date,
    deployments: 12,
    findings,
    bySeverity,
    byRule: {
      "auth-disabled": 0,
      "key-too-old": 0,
      "key-never-rotated": 0,
      "token-cross-region": 0,
      "key-auth-where-token-possible": 0,
      "key-auth-where-entra-possible": 0,
      "v1-support-ended": 0,
      "rotation-overdue": 0,
      "rotation-failed": 0,
    },
    maxKeyAgeDays: 90,
    takenAt: `${date}T23:00:00.000Z`,
  };
};

const DAYS = [
  day("2026-03-02", { high: 2, medium: 5, low: 3, info: 0 }),
  day("2026-03-03", { high: 1, medium: 4, low: 3, info: 4 }),
  day("2026-03-04", { high: 0, medium: 3, low: 2, info: 1 }),
];

/** The stacked height of one day's bar, in SVG units. */
const barHeight = (container: HTMLElement, date: string) =>
  [...container.querySelectorAll(`g[data-day="${date}"] rect`)].reduce(
    (sum, rect) => sum + Number(rect.getAttribute("height")),
    0,
  );

describe("posture trend chart", () => {
  it("is named and described in words, with every day's numbers in a table", () => {
    renderWithProviders(<TrendChart days={DAYS} />);
    // Days are UTC days: "2026-03-02" is 2 March wherever the reader is.
    const chart = screen.getByRole("img", {
      name: "Findings per day by severity, from Mar 2, 2026 to Mar 4, 2026",
    });
    expect(chart).toHaveAccessibleDescription(
      "On Mar 2, 2026 there were 10 findings; on Mar 4, 2026, 6. The most in a day was 12. Every day is in the table that follows.",
    );
    const table = screen.getByRole("table", { name: "Findings per day by severity" });
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(4); // the header and one row a day
    expect(within(table).getByRole("columnheader", { name: "Medium" })).toBeInTheDocument();
    const march3 = within(table).getByRole("row", { name: /Mar 3, 2026/ });
    expect(
      within(march3)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["1", "4", "3", "4", "12"]);
  });

  it("draws each day's bar in proportion to its findings, one segment per severity present", () => {
    const { container } = renderWithProviders(<TrendChart days={DAYS} />);
    const tallest = barHeight(container, "2026-03-03");
    expect(tallest).toBeGreaterThan(0);
    expect(barHeight(container, "2026-03-02") / tallest).toBeCloseTo(10 / 12);
    expect(barHeight(container, "2026-03-04") / tallest).toBeCloseTo(6 / 12);
    expect(container.querySelectorAll('g[data-day="2026-03-02"] rect')).toHaveLength(3); // no info
  });

  it("leaves a gap for a day without a snapshot", () => {
    const days = [
      DAYS[0],
      DAYS[1],
      day("2026-03-06", { high: 1, medium: 0, low: 0, info: 0 }),
    ] as PostureTrendDay[];
    const { container } = renderWithProviders(<TrendChart days={days} />);
    const x = (date: string) =>
      Number(container.querySelector(`g[data-day="${date}"] rect`)?.getAttribute("x"));
    const step = x("2026-03-03") - x("2026-03-02");
    expect(step).toBeGreaterThan(0);
    expect(x("2026-03-06") - x("2026-03-03")).toBeCloseTo(3 * step); // 4 and 5 March are missing
  });

  it("says there is not enough history under two days, and draws nothing", () => {
    renderWithProviders(<TrendChart days={DAYS.slice(0, 1)} />);
    expect(screen.getByText(/Not enough history yet/)).toBeInTheDocument();
    expect(screen.queryByRole("img")).not.toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });
});
