import { Button } from "@fluentui/react-components";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../testing/render";
import { CardList } from "./card-list";
import { ListSort } from "./list-sort";

describe("a table's rows as cards", () => {
  it("names the list like its table and shows each row's title, badge, facts and actions", async () => {
    const onOpen = vi.fn();
    renderWithProviders(
      <>
        <h2 id="title">Deployments</h2>
        <CardList
          labelledBy="title"
          cards={[
            {
              key: "a",
              title: <a href="/a">churn</a>,
              subtitle: "ws-prod",
              badge: <span>High</span>,
              facts: [
                ["Region", "East US"],
                ["State", "Healthy"],
              ],
              actions: <Button onClick={onOpen}>Details</Button>,
            },
            { key: "b", title: "fraud", facts: [["Region", "West Europe"]] },
          ]}
        />
      </>,
    );
    const list = screen.getByRole("list", { name: "Deployments" });
    const [first, second] = within(list).getAllByRole("listitem") as [HTMLElement, HTMLElement];
    expect(within(first).getByRole("link", { name: "churn" })).toHaveAttribute("href", "/a");
    expect(first).toHaveTextContent("ws-prod");
    expect(first).toHaveTextContent("High");
    expect(within(first).getByText("Region").tagName).toBe("DT");
    expect(within(first).getByText("East US").tagName).toBe("DD");
    expect(within(first).getByText("Healthy")).toBeInTheDocument();
    expect(second).toHaveTextContent("fraud");
    expect(within(second).queryByRole("button")).not.toBeInTheDocument();

    const user = userEvent.setup();
    await user.tab();
    expect(within(first).getByRole("link", { name: "churn" })).toHaveFocus();
    await user.tab();
    await user.keyboard("{Enter}");
    expect(onOpen).toHaveBeenCalledOnce();
  });

  it("sorts with one select of every column in both directions, from and to the current sort", async () => {
    const onSort = vi.fn();
    renderWithProviders(
      <ListSort
        columns={[
          { key: "name", label: "Name" },
          { key: "region", label: "Region" },
        ]}
        sort="region"
        order="desc"
        onSort={onSort}
      />,
    );
    const select = screen.getByRole("combobox", { name: "Sort by" });
    expect(select).toHaveDisplayValue("Region, descending");
    expect(
      within(select)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["Name, ascending", "Name, descending", "Region, ascending", "Region, descending"]);
    await userEvent.setup().selectOptions(select, "Name, descending");
    expect(onSort).toHaveBeenCalledWith("name", "desc");
  });
});
