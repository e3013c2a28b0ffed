import { Button } from "@fluentui/react-components";
import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../testing/render";
import { RowActionsTable } from "./row-actions-table";

// Fluent renders slowly in jsdom, and this machine is shared: wait longer than the default.
vi.setConfig({ testTimeout: 60_000 });

const rows = [
  { id: "a", name: "alpha", count: 2 },
  { id: "b", name: "beta", count: 10 },
];

describe("RowActionsTable", () => {
  it("is a named table: column headers, then a row per item ending with its own buttons", () => {
    renderWithProviders(
      <RowActionsTable
        label="Things"
        rows={rows}
        rowKey={(row) => row.id}
        columns={[
          { key: "name", header: "Name", cell: (row) => row.name },
          { key: "count", header: "Count", cell: (row) => String(row.count), numeric: true },
        ]}
        actionsHeader="Actions"
        actions={(row) => <Button aria-label={`Edit ${row.name}`}>Edit</Button>}
      />,
    );
    const table = screen.getByRole("table", { name: "Things" });
    const [head, ...body] = within(table).getAllByRole("row");
    expect(
      within(head as HTMLElement)
        .getAllByRole("columnheader")
        .map((c) => c.textContent),
    ).toEqual(["Name", "Count", "Actions"]);
    expect(
      body.map((row) =>
        within(row)
          .getAllByRole("cell")
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ["alpha", "2", "Edit"],
      ["beta", "10", "Edit"],
    ]);
    expect(within(body[1] as HTMLElement).getByRole("button", { name: "Edit beta" })).toBeVisible();
    for (const header of within(table).getAllByRole("columnheader")) {
      expect(header).toHaveAttribute("scope", "col");
    }
  });
});
