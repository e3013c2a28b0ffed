import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fakeApi, json } from "../../../testing/fake-api";
import { onPhoneWidth } from "../../../testing/phone-width";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { auditRecord } from "../audit-test-data";
import { AuditLog } from "./audit-log";

configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

describe("the audit log on a phone", () => {
  onPhoneWidth();

  it("shows a card a record: the action and its outcome, then when, who, on what; details by keyboard", async () => {
    fakeApi({
      "GET /api/audit/events": () =>
        json({ items: [auditRecord(2, { outcome: "denied" }), auditRecord(1)], next: null }),
    });
    renderWithProviders(<AuditLog filters={{}} onClearFilters={() => {}} />, {
      me: meWithRoles(["Auditor"]),
    });
    const list = await screen.findByRole("list", { name: "2 records, newest first" });
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    const [first, second] = within(list).getAllByRole("listitem") as [HTMLElement, HTMLElement];
    expect(first).toHaveTextContent(/^Regenerated a key\s*Denied/);
    const fact = (term: string) => within(first).getByText(term, { selector: "dt" }).nextElementSibling;
    expect(fact("Time")?.querySelector("time")).toHaveAttribute("datetime", auditRecord(2).at);
    expect(fact("Actor")).toHaveTextContent("Ana Ortegaana@keyturn.test");
    expect(fact("Target")).toHaveTextContent("ws-prod / churn · Primary key");
    expect(fact("Request ID")).toHaveTextContent("req-2");
    expect(within(second).getByText("Succeeded")).toBeInTheDocument();

    const user = userEvent.setup();
    const details = within(first).getByRole("button", { name: "Details of record 2" });
    details.focus();
    await user.keyboard("{Enter}");
    const dialog = await screen.findByRole("dialog", { name: "Audit record 2" });
    expect(dialog).toHaveTextContent("203.0.113.7");
    await user.click(within(dialog).getByRole("button", { name: "Close" }));
    await waitFor(() => expect(details).toHaveFocus());
  });
});
