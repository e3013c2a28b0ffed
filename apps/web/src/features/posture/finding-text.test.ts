import type { PostureFinding } from "@keyturn/api-contract";
import {
  type DeploymentSnapshot,
  evaluateFleetPosture,
  FleetPostureRuleIdSchema,
  type FleetSnapshot,
} from "@keyturn/auth-domain";
import { act, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { en } from "../../lib/i18n/en";
import { es } from "../../lib/i18n/es";
import { changeLanguage } from "../../lib/i18n/i18n";
import { MESSAGE_KEYS, REMEDY_KEYS, useFindingText } from "./finding-text";

const AT = new Date("2026-03-04T12:00:00.000Z");
const ISSUED = "2025-11-04T12:00:00.000Z"; // 120 days before AT

/** Deployments that break every posture rule between them. */
type Auth = Pick<DeploymentSnapshot, "keyAuth" | "tokenAuth" | "computeType" | "clusterRegion">;
const SNAPSHOTS: DeploymentSnapshot[] = (
  [
    { keyAuth: false, tokenAuth: false, computeType: "ACI", clusterRegion: null },
    { keyAuth: true, tokenAuth: false, computeType: "AKS", clusterRegion: "eastus" },
    { keyAuth: false, tokenAuth: true, computeType: "AKS", clusterRegion: "westeurope" },
  ] satisfies Auth[]
).map((parts, index) => ({
  workspace: "ws-prod",
  deployment: `svc-${index}`,
  workspaceRegion: "eastus",
  keys: [{ keyType: "Primary", issuedAt: ISSUED, rotatedAt: null }],
  // The keyed service is past its rotation policy's maximum, and its last rotation failed.
  ...(parts.keyAuth
    ? { rotation: { policyMaxKeyAgeDays: 30, running: false, lastFailure: { step: "verify", reason: "x" } } }
    : {}),
  ...parts,
}));

const lookup = (resources: object, key: string) =>
  key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], resources);

const finding = (overrides: Partial<PostureFinding>): PostureFinding => ({
  ruleId: "key-too-old",
  severity: "medium",
  messageKey: "posture.keyTooOld",
  remedyKey: "posture.remedy.rotateKey",
  workspace: "ws-prod",
  deployment: "churn",
  computeType: "AKS",
  keyType: "Primary",
  facts: { ageDays: 120, maxKeyAgeDays: 90 },
  ...overrides,
});

afterEach(async () => {
  await act(() => changeLanguage("en"));
});

describe("finding text", () => {
  it("knows every message and remedy key the domain's rules produce, in English and Spanish", () => {
    // The v1 services and a managed endpoint on keys break every rule of both generations between them.
    const fleet: FleetSnapshot[] = [
      ...SNAPSHOTS.map((snapshot) => ({ ...snapshot, generation: "v1" as const })),
      {
        generation: "v2",
        workspace: "ws-prod",
        deployment: "churn-online",
        computeType: "Managed",
        authMode: "Key",
        workspaceRegion: "eastus",
        clusterRegion: null,
        keys: [{ keyType: "Primary", issuedAt: ISSUED, rotatedAt: null }],
      },
    ];
    const findings = fleet.flatMap((snapshot) => evaluateFleetPosture(snapshot, { maxKeyAgeDays: 90 }, AT));
    expect(new Set(findings.map((f) => f.ruleId)).size).toBe(FleetPostureRuleIdSchema.options.length);
    expect([...new Set(findings.map((f) => f.messageKey))].sort()).toEqual([...MESSAGE_KEYS].sort());
    expect([...new Set(findings.map((f) => f.remedyKey))].sort()).toEqual([...REMEDY_KEYS].sort());
    for (const key of [...MESSAGE_KEYS, ...REMEDY_KEYS]) {
      expect(lookup(en, key), key).toEqual(expect.any(String));
      expect(lookup(es, key), key).toEqual(expect.any(String));
    }
  });

  it("says when SDK v1 support ended as a day in the reader's language", async () => {
    const { result } = renderHook(() => useFindingText());
    const ended = finding({
      ruleId: "v1-support-ended",
      messageKey: "posture.v1SupportEnded",
      remedyKey: "posture.remedy.planMoveToV2",
      keyType: undefined,
      facts: { supportEndedOn: "2026-06-30" },
    });
    expect(result.current(ended).message).toContain("ended on June 30, 2026:");
    await act(() => changeLanguage("es"));
    expect(result.current(ended).message).toContain("finalizó el 30 de junio de 2026:");
  });

  it("fills in the facts: ages as durations, regions by name, the key by its name", () => {
    const { result } = renderHook(() => useFindingText());
    expect(result.current(finding({}))).toEqual({
      message: "The Primary key is 120 days old; the policy allows at most 90 days.",
      remedy: "Regenerate the Primary key in the Keys tab, then give callers the new value.",
    });
    const crossRegion = result.current(
      finding({
        ruleId: "token-cross-region",
        messageKey: "posture.tokenCrossRegion",
        remedyKey: "posture.remedy.sameRegionForWorkspaceAndCluster",
        keyType: undefined,
        facts: { workspaceRegion: "eastus", clusterRegion: "westeurope" },
      }),
    );
    expect(crossRegion.message).toContain("the workspace is in East US and the cluster in West Europe");
    expect(crossRegion.remedy).toContain("on a cluster in East US, the workspace's region");
  });

  it("speaks Spanish, one day included", async () => {
    await act(() => changeLanguage("es"));
    const { result } = renderHook(() => useFindingText());
    expect(result.current(finding({ facts: { ageDays: 120, maxKeyAgeDays: 1 } })).message).toBe(
      "La clave principal tiene 120 días; la directiva permite como máximo 1 día.",
    );
  });

  it("falls back on the rule's name and a general remedy for keys this version does not know", () => {
    const { result } = renderHook(() => useFindingText());
    expect(
      result.current(finding({ messageKey: "posture.somethingNew", remedyKey: "posture.remedy.new" })),
    ).toEqual({
      message: "Key older than the policy allows",
      remedy: "Open the deployment to review how it authenticates.",
    });
  });
});
