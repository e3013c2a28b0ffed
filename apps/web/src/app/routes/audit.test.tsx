import { configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { auditRecord, fetchedUrls } from "../../features/audit/audit-test-data";
import { fakeApi, json } from "../../testing/fake-api";
import { renderApp } from "../../testing/render-app";

configure({ asyncUtilTimeout: 10_000 });

/** The first render waits for the lazily loaded screen, which is slow to transform in tests. */
const FIRST_RENDER = { timeout: 30_000 };

function renderAudit(path: string) {
  const api = fakeApi({
    "GET /api/audit/events": () => json({ items: [auditRecord(3), auditRecord(2)], next: null }),
    "GET /api/audit/checkpoints": () => json({ items: [], next: null }),
  });
  const { router } = renderApp(path, ["Auditor"]);
  /** The log's queries (not the integrity panel's last-verification read). */
  const logQueries = () =>
    fetchedUrls(api.fetch)
      .filter((url) => url.pathname === "/api/audit/events" && url.searchParams.get("limit") !== "1")
      .map((url) => url.search.slice(1));
  return { router, logQueries };
}

describe("audit screen", { timeout: 90_000 }, () => {
  it("reads the filters from the address bar, and drops those the BFF would refuse", async () => {
    const { logQueries } = renderAudit("/audit?outcome=denied&keyType=Primary&action=key.steal");
    await screen.findByRole("heading", { level: 1, name: "Audit log" }, FIRST_RENDER);
    await waitFor(() => expect(logQueries()).toEqual(["outcome=denied&keyType=Primary&limit=100"]));
    const filters = screen.getByLabelText("Filter the audit log");
    expect(within(filters).getByRole("combobox", { name: "Outcome" })).toHaveValue("denied");
  });

  it("puts the filters the user sets in the address bar and the query, and clears them", async () => {
    const { router, logQueries } = renderAudit("/audit");
    expect(await screen.findByText("req-3", {}, FIRST_RENDER)).toBeInTheDocument();
    const user = userEvent.setup();
    const filters = screen.getByLabelText("Filter the audit log");
    await user.selectOptions(within(filters).getByRole("combobox", { name: "Action" }), "key.reveal");
    await user.selectOptions(within(filters).getByRole("combobox", { name: "Outcome" }), "failed");
    await user.selectOptions(within(filters).getByRole("combobox", { name: "Key" }), "Secondary");
    await user.type(within(filters).getByRole("textbox", { name: "Actor" }), "ana");
    await user.type(within(filters).getByRole("textbox", { name: "Deployment" }), "churn");
    fireEvent.change(within(filters).getByLabelText("From"), { target: { value: "2026-03-01T08:30" } });
    const from = new Date(2026, 2, 1, 8, 30).toISOString();

    const chosen = {
      actor: "ana",
      action: "key.reveal",
      outcome: "failed",
      deployment: "churn",
      keyType: "Secondary",
      from,
    };
    const expected = new URLSearchParams({ ...chosen, limit: "100" }).toString();
    await waitFor(() => expect(logQueries().at(-1)).toBe(expected));
    // Typing was applied once it stopped: no query for "a" or "an".
    expect(logQueries().filter((q) => /actor=an?&/.test(q))).toEqual([]);
    expect(router.state.location.search).toEqual(chosen);

    await user.click(within(filters).getByRole("button", { name: "Clear filters" }));
    await waitFor(() => expect(router.state.location.search).toEqual({}));
    expect(within(filters).getByRole("textbox", { name: "Actor" })).toHaveValue("");
  });
});
