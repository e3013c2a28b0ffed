import { configure, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { formatDateTime } from "../../../lib/i18n/format";
import { fakeApi, json, problem } from "../../../testing/fake-api";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { AuditCheckpoints } from "./audit-checkpoints";

// Fluent renders slowly in jsdom, and this machine is shared: wait longer than the defaults.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const PATH = "/api/audit/checkpoints";

const checkpoint = (id: number, seq: number, signedAt: string, trigger: "scheduled" | "manual") => ({
  type: "keyturn.audit-checkpoint.v1",
  id,
  seq,
  hash: "9f".repeat(32),
  signedAt,
  keyId: "k-1a2b3c",
  algorithm: "Ed25519",
  signature: "c2lnbmF0dXJl",
  signedMessage: "{}",
  publicKey: "-----BEGIN PUBLIC KEY-----",
  trigger,
  valid: true,
});

const OLD = checkpoint(6, 880, "2026-03-01T08:00:00.000Z", "scheduled");
const NEW = checkpoint(7, 1235, "2026-03-02T10:15:00.000Z", "manual");

function render(roles = ["Admin"]) {
  return renderWithProviders(<AuditCheckpoints />, { me: meWithRoles(roles), toaster: true });
}

const details = () => screen.getByRole("status");

describe("audit checkpoints", () => {
  it("shows the latest checkpoint, signs a new one on request and shows its sequence number and time", async () => {
    const api = fakeApi({
      [`GET ${PATH}`]: () => json({ items: [OLD], next: null }),
      [`POST ${PATH}`]: () => json(NEW, 201),
    });
    render();
    const user = userEvent.setup();

    await waitFor(() => expect(details()).toHaveTextContent("880"));
    expect(details()).toHaveTextContent("The schedule");

    await user.click(screen.getByRole("button", { name: "Sign a checkpoint now" }));
    expect(await screen.findByText("Checkpoint signed")).toBeVisible();
    expect(screen.getByText("It covers the audit log up to event 1,235.")).toBeVisible();
    expect(details()).toHaveTextContent("1,235");
    expect(details()).toHaveTextContent(formatDateTime(NEW.signedAt, "en"));
    expect(details()).toHaveTextContent("An administrator, on request");
    expect(details()).not.toHaveTextContent("880");
    expect(api.callsTo(`POST ${PATH}`)).toHaveLength(1);
    expect(api.callsTo(`GET ${PATH}`)).toHaveLength(1);
  });

  it("says when none has been signed yet, and reports a failed signing in a toast", async () => {
    const api = fakeApi({
      [`GET ${PATH}`]: () => json({ items: [], next: null }),
      [`POST ${PATH}`]: () => problem(503, "audit_unavailable"),
    });
    render();
    const user = userEvent.setup();

    expect(await screen.findByText("No checkpoint has been signed yet.")).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Sign a checkpoint now" }));
    expect(
      await screen.findByText("The audit log cannot be written right now, so nothing was changed."),
    ).toBeVisible();
    expect(api.callsTo(`POST ${PATH}`)).toHaveLength(1);
    expect(screen.getByText("No checkpoint has been signed yet.")).toBeVisible();
  });

  it("offers no signing to a role without settings:admin", async () => {
    fakeApi({ [`GET ${PATH}`]: () => json({ items: [OLD], next: null }) });
    render(["Auditor"]);
    await waitFor(() => expect(details()).toHaveTextContent("880"));
    expect(screen.queryByRole("button", { name: "Sign a checkpoint now" })).not.toBeInTheDocument();
  });
});
