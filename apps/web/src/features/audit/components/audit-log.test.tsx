import type { AuditPage } from "@keyturn/api-contract";
import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fakeApi, json, problem } from "../../../testing/fake-api";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { auditRecord, fetchedUrls } from "../audit-test-data";
import type { AuditFilters } from "../filters";
import { AuditLog } from "./audit-log";

// Fluent renders slowly in jsdom, and this machine is shared: wait longer than the defaults.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const EVENTS = "GET /api/audit/events";

/** Three pages of 2 records, newest first, chained by the cursors "p2" and "p3". */
function pages(): Record<string, AuditPage> {
  const page = (first: number, next: string | null) => ({
    items: [auditRecord(first), auditRecord(first - 1)],
    next,
  });
  return { "": page(6, "p2"), p2: page(4, "p3"), p3: page(2, null) };
}

function renderLog(filters: AuditFilters = {}, answer = (cursor: string) => json(pages()[cursor])) {
  const api = fakeApi({
    [EVENTS]: () => {
      const url = fetchedUrls(api.fetch).at(-1) as URL;
      return answer(url.searchParams.get("cursor") ?? "");
    },
  });
  const onClearFilters = vi.fn();
  renderWithProviders(<AuditLog filters={filters} onClearFilters={onClearFilters} />, {
    me: meWithRoles(["Auditor"]),
  });
  return { api, onClearFilters, queries: () => fetchedUrls(api.fetch).map((url) => url.search.slice(1)) };
}

describe("audit log", () => {
  it("asks for the filtered records and shows each in plain words, newest first", async () => {
    const { queries } = renderLog({ outcome: "denied", actor: "ana@keyturn.test", keyType: "Primary" });
    const rows = await screen.findAllByRole("row");
    expect(queries()).toEqual(["actor=ana%40keyturn.test&outcome=denied&keyType=Primary&limit=100"]);

    const first = rows[1] as HTMLElement; // rows[0] is the header
    const at = auditRecord(6).at;
    const time = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "medium" }).format(
      new Date(at),
    );
    expect(within(first).getByText(time).closest("time")).toHaveAttribute("datetime", at);
    expect(first).toHaveTextContent("Ana Ortega");
    expect(first).toHaveTextContent("ana@keyturn.test");
    expect(first).toHaveTextContent("Regenerated a key");
    expect(first).toHaveTextContent("ws-prod / churn · Primary key");
    expect(within(first).getByText("Succeeded")).toBeInTheDocument();
    expect(first).toHaveTextContent("req-6");
    expect(rows[2]).toHaveTextContent("req-5");
    expect(screen.getByRole("status")).toHaveTextContent(
      "2 records, newest first (older ones load as you scroll)",
    );
  });

  it("shows an operation's started and ended records once, as its outcome", async () => {
    renderLog({}, () =>
      json({
        items: [
          auditRecord(4, { requestId: "req-b", outcome: "success" }),
          auditRecord(3, { requestId: "req-b", outcome: "intent" }),
          auditRecord(2, { requestId: "req-a", outcome: "failed" }),
          auditRecord(1, { requestId: "req-a", outcome: "intent" }),
        ],
        next: null,
      }),
    );
    const rows = (await screen.findAllByRole("row")).slice(1);
    expect(
      rows.map((row) => [within(row).getByText(/^req-/).textContent, row.textContent?.includes("Started")]),
    ).toEqual([
      ["req-b", false],
      ["req-a", false],
    ]);
    expect(within(rows[0] as HTMLElement).getByText("Succeeded")).toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).getByText("Failed")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("2 records, newest first");
  });

  it("hides sign-in records until the user shows them, and shows them when filtered on", async () => {
    const answer = () =>
      json({
        items: [auditRecord(2, { action: "session.seen", requestId: "req-signin" }), auditRecord(1)],
        next: null,
      });
    renderLog({}, answer);
    expect(await screen.findByText("req-1")).toBeInTheDocument();
    expect(screen.queryByText("Opened the console")).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole("switch", { name: "Show sign-ins" }));
    expect(await screen.findByText("Opened the console")).toBeInTheDocument();
  });

  it("shows the sign-in records when the action filter asks for them", async () => {
    renderLog({ action: "session.seen" }, () =>
      json({ items: [auditRecord(2, { action: "session.seen" })], next: null }),
    );
    expect(await screen.findByText("Opened the console")).toBeInTheDocument();
    expect(screen.queryByRole("switch", { name: "Show sign-ins" })).not.toBeInTheDocument();
  });

  it("cuts long values with the whole on focus, and shortens request ids with a copy button", async () => {
    const target = `ws-${"x".repeat(120)}`;
    const requestId = "0f8e7c52-9d1a-4b7e-a1c2-3e4f5a6b7c8d";
    renderLog({}, () =>
      json({
        items: [
          auditRecord(1, { requestId, target: { workspace: target, deployment: null, keyType: null } }),
        ],
        next: null,
      }),
    );
    const row = (await screen.findAllByRole("row"))[1] as HTMLElement;
    expect(row).not.toHaveTextContent(target);
    const cut = within(row).getByText(/^ws-x+…$/);
    expect(cut).toHaveAttribute("tabindex", "0");
    const user = userEvent.setup();
    await user.click(cut);
    expect(cut).toHaveAccessibleDescription(target); // the tooltip, reached by focus too
    expect(row).not.toHaveTextContent(requestId);
    expect(within(row).getByText("0f8e7c52-9…")).toBeInTheDocument();
    await user.click(within(row).getByRole("button", { name: "Copy the request ID of record 1" }));
    expect(await navigator.clipboard.readText()).toBe(requestId); // user-event's clipboard
  });

  it("loads the next page with the cursor from the button, until the last page", async () => {
    const { queries } = renderLog();
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Load older records" }));
    expect(await screen.findByText("req-4")).toBeInTheDocument();
    expect(screen.getByText("req-6")).toBeInTheDocument(); // appended, not replaced
    await user.click(screen.getByRole("button", { name: "Load older records" }));
    expect(await screen.findByText("req-1")).toBeInTheDocument();

    expect(queries()).toEqual(["limit=100", "cursor=p2&limit=100", "cursor=p3&limit=100"]);
    expect(screen.getAllByRole("row")).toHaveLength(7);
    expect(screen.queryByRole("button", { name: "Load older records" })).not.toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("6 records, newest first");
  });

  it("loads the next page when the end of the table scrolls into view", async () => {
    const observers: Array<{ callback: IntersectionObserverCallback; disconnected: boolean }> = [];
    vi.stubGlobal(
      "IntersectionObserver",
      class {
        entry: { callback: IntersectionObserverCallback; disconnected: boolean };
        constructor(callback: IntersectionObserverCallback) {
          this.entry = { callback, disconnected: false };
          observers.push(this.entry);
        }
        observe() {}
        disconnect() {
          this.entry.disconnected = true;
        }
      },
    );
    const scrolledIntoView = () => {
      for (const observer of observers.filter((o) => !o.disconnected)) {
        observer.callback(
          [{ isIntersecting: true } as IntersectionObserverEntry],
          {} as IntersectionObserver,
        );
      }
    };
    const { queries } = renderLog();
    await screen.findByText("req-6");
    expect(queries()).toEqual(["limit=100"]);
    scrolledIntoView();
    expect(await screen.findByText("req-4")).toBeInTheDocument();
    expect(queries()).toEqual(["limit=100", "cursor=p2&limit=100"]);
  });

  it("opens a record's details in a dialog: client, user agent and details", async () => {
    renderLog();
    const user = userEvent.setup();
    const open = await screen.findByRole("button", { name: "Details of record 5" });
    await user.click(open);
    const dialog = await screen.findByRole("dialog", { name: "Audit record 5" });
    expect(dialog).toHaveTextContent("203.0.113.7");
    expect(dialog).toHaveTextContent("Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0");
    expect(dialog).toHaveTextContent('"previousFingerprint": "a1b2c3d4e5f6"');
    expect(dialog).toHaveTextContent("req-5");
    expect(dialog).toHaveTextContent(/Time\s*\d+ \w+ ago · /); // how long ago, beside the exact time
    await user.click(within(dialog).getByRole("button", { name: "Close" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() => expect(open).toHaveFocus()); // back where the user was

    await user.click(open);
    await screen.findByRole("dialog", { name: "Audit record 5" });
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() => expect(open).toHaveFocus());
  });

  it("says when no record matches the filters, and offers to clear them", async () => {
    const { onClearFilters } = renderLog({ outcome: "failed" }, () => json({ items: [], next: null }));
    expect(await screen.findByText(/No records match these filters\./)).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole("button", { name: "Clear filters" }));
    expect(onClearFilters).toHaveBeenCalledOnce();
  });

  it("says the log is empty, without a clear action, when nothing is filtered", async () => {
    renderLog({}, () => json({ items: [], next: null }));
    expect(await screen.findByText(/The audit log has no records yet\./)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Clear filters" })).not.toBeInTheDocument();
  });

  it("explains a refusal in plain words and retries", async () => {
    let calls = 0;
    renderLog({}, (cursor) => (calls++ === 0 ? problem(403, "forbidden") : json(pages()[cursor])));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Your role does not allow this action.");
    await userEvent.setup().click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("req-6")).toBeInTheDocument();
  });
});
