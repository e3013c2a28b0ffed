import type { AuditVerifyReport } from "@keyturn/api-contract";
import { configure, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { setApiAuth } from "../../../lib/api-client";
import { fakeApi, json, problem } from "../../../testing/fake-api";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { auditRecord, checkpoint, fetchedUrls } from "../audit-test-data";
import { IntegrityPanel } from "./integrity-panel";

configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const HEAD = "9".repeat(64);
const intact: AuditVerifyReport = {
  intact: true,
  checked: 1205,
  head: { seq: 1205, hash: HEAD },
  break: null,
  checkpoints: { matched: 12, invalid: 0, latest: { id: 12, seq: 1200 } },
  anchor: "none",
  durationMs: 840,
};
const deleted: AuditVerifyReport = {
  ...intact,
  intact: false,
  checked: 56,
  break: { kind: "deleted", check: "seq-gap", seq: 57, previousSeq: 53, missing: 3 },
};

const lastVerify = auditRecord(1204, {
  action: "audit.verify",
  actor: { oid: "x", name: "Luis Prieto", username: "luis@keyturn.test", roles: ["Auditor"] },
  details: { intact: true, checked: 1204, headSeq: 1204, anchored: false },
});

const createObjectURL = vi.fn((_blob: Blob) => "blob:http://localhost/checkpoint");
beforeEach(() => {
  Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }); // jsdom has no object URLs
  createObjectURL.mockClear();
});
afterEach(() => setApiAuth(undefined));

function renderPanel(routes: Parameters<typeof fakeApi>[0]) {
  const api = fakeApi({
    "GET /api/audit/events": () => json({ items: [lastVerify], next: null }),
    "GET /api/audit/checkpoints": () => json({ items: [checkpoint(12), checkpoint(11)], next: null }),
    ...routes,
  });
  renderWithProviders(<IntegrityPanel />, { me: meWithRoles(["Auditor"]), toaster: true });
  return api;
}

describe("integrity panel", () => {
  it("shows the last verdict recorded in the log, who ran it and when", async () => {
    const api = renderPanel({});
    // How long ago beside the date and time.
    const status = await screen.findByText(/Last verified \d+ \w+ ago \(.+\) by Luis Prieto\./);
    expect(status).toHaveTextContent("Intact: 1,204 records checked, up to record 1,204.");
    const [query] = fetchedUrls(api.fetch).filter((url) => url.pathname === "/api/audit/events");
    expect(query?.search).toBe("?action=audit.verify&outcome=success&limit=1");
  });

  it("says when no one has verified yet", async () => {
    renderPanel({ "GET /api/audit/events": () => json({ items: [], next: null }) });
    expect(await screen.findByText("No one has verified the log yet.")).toBeInTheDocument();
  });

  it("verifies on request and shows an intact chain with its head", async () => {
    const api = renderPanel({ "POST /api/audit/verify": () => json(intact) });
    const user = userEvent.setup();
    await screen.findByText(/Last verified/);
    await user.click(screen.getByRole("button", { name: "Verify integrity" }));
    expect(await screen.findByText("Intact: 1,205 records checked, up to record 1,205.")).toBeInTheDocument();
    expect(screen.getByText(HEAD)).toBeInTheDocument();
    expect(screen.getByText(/Signed checkpoints matched: 12;/)).toBeInTheDocument();
    expect(api.callsTo("POST /api/audit/verify")).toHaveLength(1);
  });

  it("shows the first broken link: where, what kind, and what the check saw", async () => {
    renderPanel({ "POST /api/audit/verify": () => json(deleted) });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Verify integrity" }));
    expect(await screen.findByText("Broken at record 57: records were deleted.")).toBeInTheDocument();
    expect(screen.getByText("The record numbers jump.")).toBeInTheDocument();
    expect(screen.getByText("3 records are missing.")).toBeInTheDocument();
    expect(screen.getByText("Last good record before it: 53.")).toBeInTheDocument();
    expect(screen.queryByText(/^Intact/)).not.toBeInTheDocument();
  });

  it("explains a verify that could not be recorded", async () => {
    renderPanel({ "POST /api/audit/verify": () => problem(503, "audit_unavailable") });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Verify integrity" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The audit log cannot be written right now, so nothing was changed.",
    );
  });

  it("lists the signed checkpoints and downloads one with the token", async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe("keyturn-audit-checkpoint-11.json");
    });
    setApiAuth({ getAccessToken: async () => "token-1", stepUp: async () => null });
    const api = renderPanel({ "GET /api/audit/checkpoints/11": () => json(checkpoint(11)) });
    const user = userEvent.setup();
    // Folded until asked for, so the records start near the top of the screen.
    expect(screen.queryByText(/Record 1,100, signed/)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Signed checkpoints" }));
    const item = (await screen.findByText(/Record 1,100, signed \d+ \w+ ago \(.+\)$/)).closest(
      "li",
    ) as HTMLElement;
    expect(within(item).getByText("Signature valid")).toBeInTheDocument();
    await user.click(within(item).getByRole("button", { name: "Download checkpoint 11 (record 1,100)" }));
    expect(
      await screen.findByText("Checkpoint saved as keyturn-audit-checkpoint-11.json."),
    ).toBeInTheDocument();
    expect(click).toHaveBeenCalledOnce();
    expect(api.callsTo("GET /api/audit/checkpoints/11")).toHaveLength(1);
    const init = api.fetch.mock.calls.at(-1)?.[1];
    expect(new Headers(init?.headers).get("Authorization")).toBe("Bearer token-1");
    const blob = createObjectURL.mock.calls[0]?.[0] as Blob;
    expect(JSON.parse(await blob.text())).toMatchObject({ id: 11 });
  });
});
