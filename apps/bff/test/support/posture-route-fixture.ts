import { type PostureQuerySchema, PostureReportSchema } from "@keyturn/api-contract";
import {
  evaluateFleetPosture,
  FleetPostureRuleIdSchema,
  type PosturePolicy,
  SEVERITIES,
} from "@keyturn/auth-domain";
import { afterAll, beforeAll } from "vitest";
import type { z } from "zod";
import { type DbKind, openTestDatabase, type TestDatabase } from "./databases.ts";
import { expectedSnapshot, type SeedDeployment, seedDeployments, seedInventory } from "./posture-fixtures.ts";
import { createTestApp } from "./test-app.ts";
import { createTestIssuer, type PersonaName, type TestIssuer } from "./test-issuer.ts";
import { clientAs } from "./typed-client.ts";

export const POSTURE_NOW = new Date("2026-06-15T12:00:00.000Z");
const NOW = POSTURE_NOW;

/** The report's numbers, computed straight from auth-domain over the seeded snapshots. */
export function expectedCounts(seeds: SeedDeployment[], policy: PosturePolicy) {
  const counts = (list: SeedDeployment[]) => {
    const findings = list.flatMap((s) =>
      evaluateFleetPosture({ ...expectedSnapshot(s), generation: "v1" }, policy, NOW),
    );
    return {
      deployments: list.length,
      findings: findings.length,
      bySeverity: Object.fromEntries(
        SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length]),
      ),
      byRule: Object.fromEntries(
        FleetPostureRuleIdSchema.options.map((r) => [r, findings.filter((f) => f.ruleId === r).length]),
      ),
    };
  };
  const workspaces = [...new Set(seeds.map((s) => s.workspace))].sort();
  return {
    summary: counts(seeds),
    workspaces: workspaces.map((workspace) => ({
      workspace,
      ...counts(seeds.filter((s) => s.workspace === workspace)),
    })),
  };
}

/**
 * The posture routes' fixture, inside a `describe`: a database of `kind` seeded with the hand-picked
 * deployments and 1,200 generated ones (so the inventory is read in more than one batch), the app at
 * a fixed clock, and the typed routes.
 */
export function postureRouteFixture(kind: DbKind) {
  const f = {} as { t: TestDatabase; issuer: TestIssuer; app: ReturnType<typeof createTestApp>["app"] };
  const seeds = seedDeployments(NOW, 1_200).sort((a, b) =>
    a.workspace === b.workspace ? (a.deployment < b.deployment ? -1 : 1) : a.workspace < b.workspace ? -1 : 1,
  );
  beforeAll(async () => {
    [f.t, f.issuer] = await Promise.all([openTestDatabase(kind), createTestIssuer()]);
    f.app = createTestApp({ db: f.t, issuer: f.issuer, now: () => NOW }).app;
    await seedInventory(f.t.database.db, seeds);
  });
  afterAll(() => f.t?.close());
  /** The posture routes (`/api/posture…`) through the typed client, as `who`. */
  const posture = (who: PersonaName = "lead") => clientAs(f.app, f.issuer, who).api.posture;
  const report = async (query: z.input<typeof PostureQuerySchema> = {}) =>
    PostureReportSchema.parse(await (await posture().$get({ query })).json());
  return { f, seeds, posture, report };
}
