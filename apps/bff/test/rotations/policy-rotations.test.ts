import {
  type Rotation,
  RotationAcceptedSchema,
  type RotationPolicyBody,
  RotationPolicySchema,
  RotationSchema,
} from "@keyturn/api-contract";
import { afterAll, describe, expect, it } from "vitest";
import { endpointParam, endpointRoutes } from "../../src/features/endpoints/endpoint-test-support.ts";
import { engineFor } from "../../src/features/rotations/rotation-engine.ts";
import { recordsWhere } from "../support/recorded.ts";
import { secretsHarnessFixture } from "../support/secrets-harness.ts";

const WS = "ws-prod-eastus";
const OVER = ["completed", "failed", "cancelled"];

/**
 * A rotation a person starts follows the policy that governs the deployment: the seeded services and
 * endpoints of this workspace are tagged `team: prod` in Azure, so the tag's policy beats the
 * workspace's and everyone's.
 */
describe("a person's rotation follows its governing rotation policy (PGlite, emulator)", () => {
  const h = secretsHarnessFixture("pglite");
  afterAll(() => engineFor(h.deps).stop());

  type Kind = "service" | "endpoint";
  const routes = (kind: Kind, who: "support" | "lead") =>
    kind === "service" ? h.deployment(who).rotations : endpointRoutes(h, who).rotations;
  const param = (name: string) => endpointParam(WS, name);

  async function start(kind: Kind, name: string, json: { graceSeconds?: number }) {
    const response = await routes(kind, "support").$post({ ...param(name), json });
    expect(response.status).toBe(202);
    return RotationAcceptedSchema.parse(await response.json()).id;
  }
  async function until(kind: Kind, name: string, id: string, done: (phase: string) => boolean) {
    const end = Date.now() + 30_000;
    for (;;) {
      const response = await routes(kind, "lead")[":id"].$get({ param: { workspace: WS, name, id } });
      const body = RotationSchema.parse(await response.json());
      if (done(body.phase) || Date.now() > end) return body;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const startRecord = async (id: string) =>
    (await recordsWhere(h.db.database, { action: "rotation.start" })).find(
      (r) => r.details.rotation === id && r.outcome === "success",
    );
  async function createPolicy(json: RotationPolicyBody) {
    const response = await h.client("admin").api["rotation-policies"].$post({ json });
    expect(response.status).toBe(201);
    return RotationPolicySchema.parse(await response.json()).id;
  }

  it("with no policy: 15 minutes of grace, no confirmation, no policy named", async () => {
    const id = await start("service", "pricing-aci", {});
    const rotation = await until("service", "pricing-aci", id, (p) => p === "grace" || OVER.includes(p));
    expect(rotation).toMatchObject({ phase: "grace", graceSeconds: 900, policyId: null });
    expect((await startRecord(id))?.details).not.toHaveProperty("policy");
    const cancel = await routes("service", "support")[":id"].cancel.$post({
      param: { workspace: WS, name: "pricing-aci", id },
    });
    expect(cancel.status).toBe(200);
  });

  let tagPolicy = "";
  it("a service's and an endpoint's rotation take the grace and confirmation of the policy their tags pick", async () => {
    // Never due (the scheduler would start nothing): only how a rotation runs differs between them.
    const rules = { maxKeyAgeDays: 3650, requireConfirmation: false } as const;
    await createPolicy({ ...rules, name: "Everyone", scope: { kind: "all" }, graceSeconds: 3600 });
    await createPolicy({
      ...rules,
      name: "East",
      scope: { kind: "workspace", workspace: WS },
      graceSeconds: 7200,
    });
    tagPolicy = await createPolicy({
      ...rules,
      name: "Prod team",
      scope: { kind: "tag", name: "team", value: "prod" },
      graceSeconds: 1,
      requireConfirmation: true,
    });

    const cases: Array<[Kind, string]> = [
      ["service", "churn-predictor"],
      ["endpoint", "churn-online"],
    ];
    for (const [kind, name] of cases) {
      const id = await start(kind, name, {});
      const waiting = await until(kind, name, id, (p) => p === "confirm" || OVER.includes(p));
      // The old key lives until a person confirms, as the policy asks.
      expect(waiting, kind).toMatchObject({ phase: "confirm", graceSeconds: 1, policyId: tagPolicy });
      expect((await startRecord(id))?.details, kind).toMatchObject({ policy: tagPolicy, graceSeconds: 1 });
      const confirmed = await routes(kind, "support")[":id"].confirm.$post({
        param: { workspace: WS, name, id },
      });
      expect(confirmed.status).toBe(200);
      expect((await until(kind, name, id, (p) => OVER.includes(p))).phase).toBe("completed");
    }
  });

  it("a grace asked for wins over the policy's; the policy's confirmation still holds", async () => {
    const id = await start("endpoint", "churn-online", { graceSeconds: 2 });
    const waiting: Rotation = await until(
      "endpoint",
      "churn-online",
      id,
      (p) => p === "confirm" || OVER.includes(p),
    );
    expect(waiting).toMatchObject({ phase: "confirm", graceSeconds: 2, policyId: tagPolicy });
    const listed = await routes("endpoint", "lead").$get(param("churn-online"));
    expect(((await listed.json()) as { items: Rotation[] }).items[0]?.policyId).toBe(tagPolicy);
  });
});
