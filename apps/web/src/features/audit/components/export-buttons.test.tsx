import { configure, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { setApiAuth } from "../../../lib/api-client";
import { fakeApi, problem } from "../../../testing/fake-api";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { fetchedUrls } from "../audit-test-data";
import type { AuditFilters } from "../filters";
import { ExportButtons } from "./export-buttons";

configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const CSV = "seq,at,actor\r\n1,2026-03-04T14:05:09.000Z,ana\r\n";
const FILTERS: AuditFilters = {
  actor: "ana@keyturn.test",
  action: "key.reveal",
  outcome: "denied",
  workspace: "ws-prod",
  deployment: "churn",
  keyType: "Secondary",
  from: "2026-03-01T00:00:00.000Z",
  to: "2026-03-02T00:00:00.000Z",
};

const createObjectURL = vi.fn((_blob: Blob) => "blob:http://localhost/export");
let saved: string[] = [];
beforeEach(() => {
  Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }); // jsdom has no object URLs
  createObjectURL.mockClear();
  saved = [];
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
  setApiAuth({ getAccessToken: async () => "token-1", stepUp: async () => null });
});
afterEach(() => setApiAuth(undefined));

function renderButtons(routes: Parameters<typeof fakeApi>[0]) {
  const api = fakeApi(routes);
  renderWithProviders(<ExportButtons filters={FILTERS} />, { me: meWithRoles(["Auditor"]), toaster: true });
  return api;
}

describe("audit export", () => {
  it("exports CSV with every current filter, with the token, and says where it was saved", async () => {
    const api = renderButtons({
      "GET /api/audit/export": () => new Response(CSV, { headers: { "Content-Type": "text/csv" } }),
    });
    await userEvent.setup().click(screen.getByRole("button", { name: "Export CSV" }));
    expect(await screen.findByText(/^Audit log exported as keyturn-audit-.*\.csv\.$/)).toBeInTheDocument();

    const [url] = fetchedUrls(api.fetch);
    expect(url?.pathname).toBe("/api/audit/export");
    expect(Object.fromEntries(url?.searchParams ?? [])).toEqual({ ...FILTERS, format: "csv" });
    expect(new Headers(api.fetch.mock.calls[0]?.[1]?.headers).get("Authorization")).toBe("Bearer token-1");
    const blob = createObjectURL.mock.calls[0]?.[0] as Blob;
    expect(await blob.text()).toBe(CSV);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatch(/^keyturn-audit-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.csv$/);
  });

  it("asks for JSON lines, and holds both buttons while the download runs", async () => {
    let finish: (response: Response) => void = () => {};
    const api = renderButtons({
      "GET /api/audit/export": () => new Promise<Response>((resolve) => (finish = resolve)),
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Export JSON lines" }));
    const pending = await screen.findByRole("button", { name: "Exporting…" });
    expect(pending).toHaveAttribute("aria-disabled", "true");
    const csv = screen.getByRole("button", { name: "Export CSV" });
    expect(csv).toHaveAttribute("aria-disabled", "true");
    await user.click(csv); // ignored while the first export runs
    expect(api.calls).toHaveLength(1);
    expect(fetchedUrls(api.fetch)[0]?.searchParams.get("format")).toBe("jsonl");

    finish(new Response('{"seq":1}\n', { headers: { "Content-Type": "application/x-ndjson" } }));
    expect(await screen.findByText(/^Audit log exported as keyturn-audit-.*\.jsonl\.$/)).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Export CSV" })).not.toHaveAttribute("aria-disabled"),
    );
    expect(saved).toHaveLength(1);
  });

  it("explains a refused export and saves nothing", async () => {
    renderButtons({ "GET /api/audit/export": () => problem(503, "audit_unavailable") });
    await userEvent.setup().click(screen.getByRole("button", { name: "Export CSV" }));
    expect(
      await screen.findByText("The audit log cannot be written right now, so nothing was changed."),
    ).toBeInTheDocument();
    expect(saved).toEqual([]);
    expect(createObjectURL).not.toHaveBeenCalled();
  });
});
