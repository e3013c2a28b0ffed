import { beforeAll, describe, expect, it } from "vitest";
import { DB_KINDS } from "../../../test/support/databases.ts";
import { POSTURE_NOW, postureRouteFixture } from "../../../test/support/posture-route-fixture.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { outsideContract } from "../../../test/support/typed-client.ts";
import { inventory } from "../../db/schema.ts";

const WS = "ws-west";
const NAME = "aks-open";

describe.each(DB_KINDS)("posture's generation filter on %s", (kind) => {
  const { f, posture, report } = postureRouteFixture(kind);
  beforeAll(async () => {
    // The v1 service's successor under the same name: a managed endpoint on keys, a day old.
    const db = f.t.database.db;
    const [service] = await db.select().from(inventory).limit(1);
    await db.insert(inventory).values({
      connectionId: service?.connectionId as string,
      workspace: WS,
      deployment: NAME,
      generation: "v2",
      computeType: "Managed",
      state: "Succeeded",
      keyAuth: true,
      tokenAuth: false,
      endpointAuthMode: "Key",
      workspaceRegion: "westeurope",
      createdAt: new Date(POSTURE_NOW.getTime() - 86_400_000),
    });
  });

  const rulesOf = async (generation?: "v1" | "v2") =>
    (await report({ workspace: WS, deployment: NAME, ...(generation ? { generation } : {}) })).findings.map(
      (f) => [f.computeType, f.ruleId],
    );

  it("tells a v1 service from its same-named v2 successor; the name alone matches both", async () => {
    const v1 = [
      ["AKS", "auth-disabled"],
      ["AKS", "v1-support-ended"],
    ];
    const v2 = [
      ["Managed", "key-never-rotated"],
      ["Managed", "key-never-rotated"],
      ["Managed", "key-auth-where-entra-possible"],
    ];
    expect(await rulesOf("v1")).toEqual(v1);
    expect(await rulesOf("v2")).toEqual(v2);
    expect((await rulesOf()).sort()).toEqual([...v1, ...v2].sort());
  });

  it("narrows the findings of the whole inventory too, never the counts", async () => {
    const all = await report({ limit: 5000 });
    const v2 = await report({ generation: "v2", limit: 5000 });
    expect(new Set(v2.findings.map((f) => `${f.workspace}/${f.deployment}`))).toEqual(
      new Set([`${WS}/${NAME}`]),
    );
    expect(v2.summary).toEqual(all.summary);
    const v1 = await report({ generation: "v1", limit: 1 });
    expect(v1.findingsTotal + v2.findingsTotal).toBe(all.findingsTotal);
  });

  it("refuses a generation it does not know (400)", async () => {
    for (const generation of ["v3", "V2", ""]) {
      const response = await posture().$get({ query: outsideContract({ generation }) });
      await expectProblem(response, 400, "validation_failed");
    }
  });
});
