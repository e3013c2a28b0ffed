import type { PostureFinding, PostureReport } from "@keyturn/api-contract";
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
  useNavigate,
  useSearch,
} from "@tanstack/react-router";
import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fakeApi, json, problem } from "../../../testing/fake-api";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { parsePostureSearch } from "../search";
import { PostureScreen } from "./posture-screen";

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

const counts = (findings: number, high: number, medium: number, low: number, info: number) => ({
  findings,
  bySeverity: { high, medium, low, info },
  byRule: {
    "auth-disabled": high,
    "key-too-old": medium,
    "key-never-rotated": low,
    "token-cross-region": 0,
    "key-auth-where-token-possible": info,
    "key-auth-where-entra-possible": 0,
    "v1-support-ended": 0,
    "rotation-overdue": 0,
    "rotation-failed": 0,
  },
});

function report(overrides: Partial<PostureReport> = {}): PostureReport {
  return {
    generatedAt: "2026-03-04T12:00:00.000Z",
    policy: { maxKeyAgeDays: 90, version: 0, updatedAt: null, updatedBy: null },
    summary: { deployments: 12, ...counts(17, 1, 3, 11, 2) },
    workspaces: [
      { workspace: "ws-dev", deployments: 4, ...counts(5, 1, 0, 4, 0) },
      { workspace: "ws-prod", deployments: 8, ...counts(12, 0, 3, 7, 2) },
    ],
    findings: [authOff, tooOld],
    findingsTotal: 2,
    next: null,
    ...overrides,
  };
}

/** `/posture` as the app routes it (filters in the address bar), and a deployment page to link to. */
function renderScreen(path = "/posture") {
  const root = createRootRoute({ component: Outlet });
  const posture = createRoute({
    getParentRoute: () => root,
    path: "/posture",
    validateSearch: parsePostureSearch,
    component: function Posture() {
      const search = useSearch({ from: "/posture" });
      const navigate = useNavigate({ from: "/posture" });
      return (
        <PostureScreen
          search={search}
          onSearchChange={(next) => void navigate({ search: next, replace: true })}
        />
      );
    },
  });
  const deployment = createRoute({
    getParentRoute: () => root,
    path: "/deployments/$workspace/$name",
    component: () => null,
  });
  const router = createRouter({
    routeTree: root.addChildren([posture, deployment]),
    history: createMemoryHistory({ initialEntries: [path] }),
  });
  renderWithProviders(<RouterProvider router={router} />, { me: meWithRoles(["Auditor"]) });
  return router;
}

/** The query strings `GET /api/posture` was called with, in order. */
const postureQueries = (api: ReturnType<typeof fakeApi>) =>
  api.fetch.mock.calls
    .map(([input]) => new URL(String(input), "http://localhost"))
    .filter((url) => url.pathname === "/api/posture")
    .map((url) => url.search.slice(1));

const TREND = { "GET /api/posture/trend": () => json({ days: [] }) };

describe("posture screen", () => {
  it("shows the counts of the report: totals, by severity, by rule, by workspace, and the policy", async () => {
    fakeApi({ "GET /api/posture": () => json(report()), ...TREND });
    renderScreen();
    const summary = await screen.findByRole("region", { name: "Summary" });
    const stat = (label: string) => within(summary).getByText(label, { selector: "dt" }).nextElementSibling;
    expect(stat("Deployments")).toHaveTextContent("12");
    expect(stat("Findings")).toHaveTextContent("17");
    expect(stat("High")).toHaveTextContent("1");
    expect(stat("Medium")).toHaveTextContent("3");
    expect(stat("Low")).toHaveTextContent("11");
    expect(stat("Info")).toHaveTextContent("2");
    const byRule = within(summary).getByRole("table", { name: "Findings by rule" });
    expect(within(byRule).getByRole("row", { name: "Key never rotated 11" })).toBeInTheDocument();
    expect(within(byRule).getByRole("row", { name: "Token across regions 0" })).toBeInTheDocument();
    expect(summary).toHaveTextContent(
      "Policy: a key older than 90 days is a finding. This is the default policy.",
    );
    // When the report was made: how long ago, beside the date and time.
    expect(summary).toHaveTextContent(/Report generated \d+ \w+ ago \(.+\)\./);

    const workspaces = screen.getByRole("table", { name: "By workspace" });
    expect(within(workspaces).getByRole("row", { name: "ws-prod 8 12 0 3 7 2" })).toBeInTheDocument();
    expect(within(workspaces).getByRole("row", { name: "ws-dev 4 5 1 0 4 0" })).toBeInTheDocument();
  });

  it("lists each finding with its severity, message and remedy, linked to where it is fixed", async () => {
    fakeApi({ "GET /api/posture": () => json(report()), ...TREND });
    const router = renderScreen();
    const findings = await screen.findByRole("table", { name: "Findings" });
    const row = within(findings).getByRole("row", { name: /churn-scoring/ });
    expect(within(row).getByText("Medium")).toBeInTheDocument();
    expect(row).toHaveTextContent("The Primary key is 120 days old; the policy allows at most 90 days.");
    expect(row).toHaveTextContent(
      "Regenerate the Primary key in the Keys tab, then give callers the new value.",
    );
    const link = within(row).getByRole("link", { name: "churn-scoring" });
    expect(link).toHaveAttribute("href", "/deployments/ws-prod/churn-scoring?tab=keys");
    const off = within(findings).getByRole("row", { name: /open-demo/ });
    expect(within(off).getByRole("link", { name: "open-demo" })).toHaveAttribute(
      "href",
      "/deployments/ws-dev/open-demo?tab=auth",
    );
    expect(off).toHaveTextContent("Turn key or token authentication on");
    expect(screen.getByRole("status")).toHaveTextContent("2 findings");

    await userEvent.click(link);
    await waitFor(() => expect(router.state.location.pathname).toBe("/deployments/ws-prod/churn-scoring"));
  });

  it("lists the findings most severe first, whatever order the BFF gives them in", async () => {
    const neverRotated: PostureFinding = {
      ...tooOld,
      ruleId: "key-never-rotated",
      severity: "low",
      messageKey: "posture.keyNeverRotated",
      remedyKey: "posture.remedy.rotateKeysRegularly",
      deployment: "fraud-check",
      facts: {},
    };
    fakeApi({
      "GET /api/posture": () => json(report({ findings: [neverRotated, tooOld, authOff], findingsTotal: 3 })),
      ...TREND,
    });
    renderScreen();
    const findings = await screen.findByRole("table", { name: "Findings" });
    const deployments = within(findings)
      .getAllByRole("rowheader")
      .map((cell) => within(cell).getByRole("link").textContent);
    expect(deployments).toEqual(["open-demo", "churn-scoring", "fraud-check"]);
  });

  it("reads the filters from the address bar, and asks again as they change", async () => {
    const api = fakeApi({ "GET /api/posture": () => json(report()), ...TREND });
    const router = renderScreen("/posture?rule=key-too-old&severity=critical");
    // The filter bar is a <search> landmark (jsdom's role table does not know the element yet).
    const filters = await screen.findByLabelText("Filter the findings");
    expect(postureQueries(api)).toEqual(["rule=key-too-old&limit=200"]); // "critical" is no severity
    const user = userEvent.setup();
    await user.selectOptions(within(filters).getByRole("combobox", { name: "Severity" }), "medium");
    await waitFor(() =>
      expect(postureQueries(api).at(-1)).toBe("severity=medium&rule=key-too-old&limit=200"),
    );
    await user.selectOptions(within(filters).getByRole("combobox", { name: "Workspace" }), "ws-prod");
    await waitFor(() =>
      expect(postureQueries(api).at(-1)).toBe("severity=medium&rule=key-too-old&workspace=ws-prod&limit=200"),
    );
    expect(router.state.location.search).toEqual({
      severity: "medium",
      rule: "key-too-old",
      workspace: "ws-prod",
    });

    await user.click(within(filters).getByRole("button", { name: "Clear filters" }));
    await waitFor(() => expect(postureQueries(api).at(-1)).toBe("limit=200"));
    expect(router.state.location.search).toEqual({});
  });

  it("fetches the next page of findings from the offset the BFF gives", async () => {
    const api = fakeApi({
      "GET /api/posture": [
        () => json(report({ findings: [authOff], findingsTotal: 2, next: 1 })),
        () => json(report({ findings: [tooOld], findingsTotal: 2, next: null })),
      ],
      ...TREND,
    });
    renderScreen();
    expect(await screen.findByRole("status")).toHaveTextContent("1 of 2 findings shown");
    await userEvent.click(screen.getByRole("button", { name: "Show more findings" }));
    expect(await screen.findByRole("link", { name: "churn-scoring" })).toBeInTheDocument();
    expect(postureQueries(api)).toEqual(["limit=200", "limit=200&offset=1"]);
    expect(screen.getByRole("status")).toHaveTextContent("2 findings");
    expect(screen.queryByRole("button", { name: "Show more findings" })).not.toBeInTheDocument();
  });

  it("says so plainly when nothing needs attention", async () => {
    const clean = report({
      summary: { deployments: 12, ...counts(0, 0, 0, 0, 0) },
      findings: [],
      findingsTotal: 0,
    });
    fakeApi({ "GET /api/posture": () => json(clean), ...TREND });
    renderScreen();
    expect(
      await screen.findByText("No findings: every deployment meets the posture rules."),
    ).toBeInTheDocument();
    expect(screen.queryByRole("table", { name: "Findings" })).not.toBeInTheDocument();
  });

  it("tells a filter that matches nothing from a clean inventory", async () => {
    fakeApi({ "GET /api/posture": () => json(report({ findings: [], findingsTotal: 0 })), ...TREND });
    renderScreen("/posture?severity=info");
    expect(await screen.findByText("No finding matches these filters.")).toBeInTheDocument();
    expect(screen.queryByText(/every deployment meets/)).not.toBeInTheDocument();
  });

  it("explains a refusal in plain words and retries", async () => {
    const api = fakeApi({
      "GET /api/posture": [() => problem(403, "forbidden"), () => json(report())],
      ...TREND,
    });
    renderScreen();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Your role does not allow this action.");
    await userEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("region", { name: "Summary" })).toBeInTheDocument();
    expect(postureQueries(api)).toHaveLength(2);
  });

  it("asks for the trend of the last 30 days and says when there is too little of it", async () => {
    const api = fakeApi({ "GET /api/posture": () => json(report()), ...TREND });
    renderScreen();
    const trend = await screen.findByRole("region", { name: "Findings over the last 30 days" });
    expect(await within(trend).findByText(/Not enough history yet/)).toBeInTheDocument();
    expect(api.fetch.mock.calls.map(([input]) => String(input))).toContain("/api/posture/trend?days=30");
  });
});
