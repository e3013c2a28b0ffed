import type { PostureFinding, PostureReport } from "@keyturn/api-contract";
import { configure, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { takeToasts } from "../../../components/toast";
import { setApiAuth } from "../../../lib/api-client";
import { fakeApi, json, problem } from "../../../testing/fake-api";
import { renderWithProviders } from "../../../testing/render";
import { ExportButtons } from "./export-buttons";

configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const tooOld: PostureFinding = {
  ruleId: "key-too-old",
  severity: "medium",
  messageKey: "posture.keyTooOld",
  remedyKey: "posture.remedy.rotateKey",
  workspace: "ws-prod",
  deployment: "churn-scoring",
  computeType: "AKS",
  keyType: "Primary",
  facts: { ageDays: 120, maxKeyAgeDays: 90 },
};
const authOff: PostureFinding = {
  ruleId: "auth-disabled",
  severity: "high",
  messageKey: "posture.authDisabled",
  remedyKey: "posture.remedy.enableAuth",
  workspace: "ws-dev",
  deployment: "open-demo",
  computeType: "ACI",
  facts: {},
};
/** The export's JSON as the BFF answers it: findings in inventory order. */
const REPORT: PostureReport = {
  generatedAt: "2026-03-04T12:00:00.000Z",
  policy: { maxKeyAgeDays: 90, version: 0, updatedAt: null, updatedBy: null },
  summary: {
    deployments: 2,
    findings: 2,
    bySeverity: { high: 1, medium: 1, low: 0, info: 0 },
    byRule: {
      "auth-disabled": 1,
      "key-too-old": 1,
      "key-never-rotated": 0,
      "token-cross-region": 0,
      "key-auth-where-token-possible": 0,
      "key-auth-where-entra-possible": 0,
      "v1-support-ended": 0,
      "rotation-overdue": 0,
      "rotation-failed": 0,
    },
  },
  workspaces: [],
  findings: [tooOld, authOff],
  findingsTotal: 2,
  next: null,
};
let saved: Array<{ download: string; href: string }>;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-03-04T23:30:00.000Z"));
  setApiAuth({ getAccessToken: async () => "token-1", stepUp: async () => null });
  vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:http://localhost/posture");
  vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
  saved = [];
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ download: this.download, href: this.href });
  });
  takeToasts(); // none left over
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  setApiAuth(undefined);
});

describe("posture export", () => {
  it("saves every finding as CSV in the reader's words, most severe first, and says so", async () => {
    const api = fakeApi({
      "GET /api/posture/export": () => json(REPORT),
    });
    renderWithProviders(<ExportButtons />);
    await userEvent.click(screen.getByRole("button", { name: "Export CSV" }));

    await waitFor(() =>
      expect(saved).toEqual([
        { download: "keyturn-posture-2026-03-04.csv", href: "blob:http://localhost/posture" },
      ]),
    );
    const [url, init] = api.fetch.mock.calls[0] ?? [];
    expect(String(url)).toBe("/api/posture/export?format=json");
    expect(new Headers(init?.headers).get("Authorization")).toBe("Bearer token-1");
    const blob = vi.mocked(URL.createObjectURL).mock.calls[0]?.[0] as Blob;
    expect(blob.type).toBe("text/csv;charset=utf-8");
    const rows = (await blob.text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(rows[0]).toBe("Severity,Rule,Finding,What to do,Workspace,Deployment,Compute,Rule id");
    expect(rows[1]).toBe(
      "High,Authentication off,Authentication is off: anyone who can reach the endpoint can call this service.," +
        '"Turn key or token authentication on, in the service\'s Authentication tab.",ws-dev,open-demo,ACI,auth-disabled',
    );
    expect(rows[2]).toMatch(/^Medium,Key older than the policy allows,The Primary key is 120 days old;/);
    expect(rows.join("\n")).not.toMatch(/posture\./);
    expect(takeToasts()).toMatchObject([
      {
        intent: "success",
        title: "Posture report exported",
        body: "Saved as keyturn-posture-2026-03-04.csv.",
      },
    ]);
  });

  it("asks for JSON with the JSON button", async () => {
    const api = fakeApi({ "GET /api/posture/export": () => Response.json({ findings: [] }) });
    renderWithProviders(<ExportButtons />);
    await userEvent.click(screen.getByRole("button", { name: "Export JSON" }));
    await waitFor(() => expect(saved.map((s) => s.download)).toEqual(["keyturn-posture-2026-03-04.json"]));
    expect(api.fetch.mock.calls.map(([url]) => String(url))).toEqual(["/api/posture/export?format=json"]);
  });

  it("explains a refusal in plain words, and saves nothing", async () => {
    fakeApi({ "GET /api/posture/export": () => problem(403, "forbidden") });
    renderWithProviders(<ExportButtons />);
    await userEvent.click(screen.getByRole("button", { name: "Export CSV" }));
    await waitFor(() =>
      expect(takeToasts()).toMatchObject([
        { intent: "error", title: "Your role does not allow this action." },
      ]),
    );
    expect(saved).toEqual([]);
    expect(screen.getByRole("button", { name: "Export CSV" })).toBeEnabled();
  });
});
