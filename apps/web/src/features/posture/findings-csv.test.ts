import type { PostureFinding } from "@keyturn/api-contract";
import { describe, expect, it } from "vitest";
import { csvField, findingsCsv } from "./findings-csv";

const finding = (deployment: string, severity: PostureFinding["severity"]): PostureFinding => ({
  ruleId: "auth-disabled",
  severity,
  messageKey: "posture.authDisabled",
  remedyKey: "posture.remedy.enableAuth",
  workspace: "ws-dev",
  deployment,
  computeType: "ACI",
  facts: {},
});

const words = {
  header: (column: string) => column.toUpperCase(),
  cells: (f: PostureFinding) => ({
    severity: f.severity,
    rule: "Authentication off",
    finding: `${f.deployment}: anyone can call it, "really"`,
    remedy: "Turn auth on",
    workspace: f.workspace,
    deployment: f.deployment,
    computeType: f.computeType,
  }),
};

describe("findings CSV", () => {
  it("writes words, most severe first, with the rule id last and a byte-order mark", () => {
    const csv = findingsCsv([finding("a", "low"), finding("b", "high"), finding("c", "medium")], words);
    expect(
      csv.startsWith("\uFEFFSEVERITY,RULE,FINDING,REMEDY,WORKSPACE,DEPLOYMENT,COMPUTETYPE,RULEID\r\n"),
    ).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual(["high", "medium", "low", ""]);
    expect(lines[1]).toBe(
      'high,Authentication off,"b: anyone can call it, ""really""",Turn auth on,ws-dev,b,ACI,auth-disabled',
    );
    expect(csv).not.toMatch(/posture\./);
  });

  it("quotes what needs it and defuses what a spreadsheet would run as a formula", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a\nb")).toBe('"a\nb"');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("-1,2")).toBe(`"'-1,2"`);
  });
});
