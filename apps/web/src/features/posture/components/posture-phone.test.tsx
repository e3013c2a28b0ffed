import type { PostureFinding, PostureReport } from "@keyturn/api-contract";
import { configure, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { fakeApi, json } from "../../../testing/fake-api";
import { onPhoneWidth } from "../../../testing/phone-width";
import { renderApp } from "../../../testing/render-app";

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

const counts = (findings: number, medium: number) => ({
  findings,
  bySeverity: { high: 0, medium, low: findings - medium, info: 0 },
  byRule: {
    "auth-disabled": 0,
    "key-too-old": medium,
    "key-never-rotated": findings - medium,
    "token-cross-region": 0,
    "key-auth-where-token-possible": 0,
    "key-auth-where-entra-possible": 0,
    "v1-support-ended": 0,
    "rotation-overdue": 0,
    "rotation-failed": 0,
  },
});

const REPORT: PostureReport = {
  generatedAt: "2026-03-04T12:00:00.000Z",
  policy: { maxKeyAgeDays: 90, version: 0, updatedAt: null, updatedBy: null },
  summary: { deployments: 8, ...counts(3, 1) },
  workspaces: [{ workspace: "ws-prod", deployments: 8, ...counts(3, 1) }],
  findings: [tooOld],
  findingsTotal: 1,
  next: null,
};

describe("posture on a phone", () => {
  onPhoneWidth();

  it("lists the findings and the workspaces as cards, the filters kept", async () => {
    fakeApi({
      "GET /api/posture": () => json(REPORT),
      "GET /api/posture/trend": () => json({ days: [] }),
    });
    renderApp("/posture?severity=medium", ["Auditor"]);
    const findings = await screen.findByRole("list", { name: "Findings" }, { timeout: 20_000 });
    expect(screen.queryByRole("table", { name: "Findings" })).not.toBeInTheDocument();
    const [card] = within(findings).getAllByRole("listitem") as [HTMLElement];
    expect(within(card).getByRole("link", { name: "churn-scoring" })).toHaveAttribute(
      "href",
      "/deployments/ws-prod/churn-scoring?tab=keys",
    );
    expect(within(card).getByText("Medium")).toBeInTheDocument();
    expect(card).toHaveTextContent("ws-prod · AKS");
    expect(card).toHaveTextContent("Key older than the policy allows");
    expect(card).toHaveTextContent("The Primary key is 120 days old; the policy allows at most 90 days.");
    expect(card).toHaveTextContent("Regenerate the Primary key in the Keys tab");
    const filters = screen.getByLabelText("Filter the findings");
    expect(within(filters).getByRole("combobox", { name: "Severity" })).toHaveDisplayValue("Medium");

    const workspaces = screen.getByRole("list", { name: "By workspace" });
    expect(screen.queryByRole("table", { name: "By workspace" })).not.toBeInTheDocument();
    const [ws] = within(workspaces).getAllByRole("listitem") as [HTMLElement];
    expect(ws).toHaveTextContent("ws-prod");
    const fact = (term: string) => within(ws).getByText(term, { selector: "dt" }).nextElementSibling;
    expect(fact("Deployments")).toHaveTextContent("8");
    expect(fact("Findings")).toHaveTextContent("3");
    expect(fact("Medium")).toHaveTextContent("1");
    expect(fact("Low")).toHaveTextContent("2");
  });
});
