import { configure, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { takeToasts } from "../../../components/toast";
import { setApiAuth } from "../../../lib/api-client";
import { fakeApi, problem } from "../../../testing/fake-api";
import { renderWithProviders } from "../../../testing/render";
import { ExportButtons } from "./export-buttons";

configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const CSV = "workspace,deployment,compute_type\r\nws-prod,churn,AKS\r\n";
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
  it("downloads every finding as CSV with the token, under a dated name, and says so", async () => {
    const api = fakeApi({
      "GET /api/posture/export": () => new Response(CSV, { headers: { "Content-Type": "text/csv" } }),
    });
    renderWithProviders(<ExportButtons />);
    await userEvent.click(screen.getByRole("button", { name: "Export CSV" }));

    await waitFor(() =>
      expect(saved).toEqual([
        { download: "keyturn-posture-2026-03-04.csv", href: "blob:http://localhost/posture" },
      ]),
    );
    const [url, init] = api.fetch.mock.calls[0] ?? [];
    expect(String(url)).toBe("/api/posture/export?format=csv");
    expect(new Headers(init?.headers).get("Authorization")).toBe("Bearer token-1");
    const blob = vi.mocked(URL.createObjectURL).mock.calls[0]?.[0] as Blob;
    expect(await blob.text()).toBe(CSV);
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
