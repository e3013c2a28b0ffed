import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMPUTE_TARGETS } from "./compute.ts";
import { ENDPOINT_YAML_SCHEMAS, endpointDefinitionYaml } from "./endpoint-yaml.ts";
import { MIGRATED_FROM_TAG, MigrationNoteIdSchema } from "./migration-notes.ts";
import { MigrationPlanSchema, planMigration, type V1ServiceInput } from "./migration-plan.ts";
import { ENDPOINT_NAME_RULE } from "./names.ts";
import { ALL_REGIONS } from "./regions.ts";

const service: fc.Arbitrary<V1ServiceInput> = fc.record({
  workspace: fc.constantFrom("ws-prod", "ws-dev"),
  name: fc.oneof(
    fc.constantFrom("diabetes-aci", "fraud-aks", "Fraud_Model.v2"),
    fc.string({ maxLength: 40 }),
  ),
  computeType: fc.constantFrom(...COMPUTE_TARGETS),
  workspaceRegion: fc.constantFrom(...ALL_REGIONS),
  computeName: fc.option(fc.constantFrom("aks-prod", "k8s-west"), { nil: null }),
  keyAuth: fc.boolean(),
  tokenAuth: fc.boolean(),
  description: fc.option(fc.string(), { nil: null }),
  tags: fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 12 }), {
    maxKeys: 3,
  }),
  scoringUri: fc.option(
    fc.constantFrom(
      "http://4b1e77d0.westeurope.azurecontainer.io/score",
      "https://svc.eastus.azurecontainer.io/score",
      "http://20.50.1.10:80/api/v1/service/fraud-aks/score",
    ),
    { nil: null },
  ),
});
const modeOf = (s: V1ServiceInput) => (s.tokenAuth ? "token" : s.keyAuth ? "key" : "none");
const noteIds = (s: V1ServiceInput) => planMigration(s).notes.map((n) => n.id);

describe("planMigration", () => {
  it("gives a valid plan, the same one each time, its YAML written from its definition", () => {
    fc.assert(
      fc.property(service, (s) => {
        const plan = planMigration(s);
        expect(MigrationPlanSchema.parse(plan)).toEqual(plan);
        expect(planMigration(structuredClone(s))).toEqual(plan);
        expect(plan.yaml).toBe(endpointDefinitionYaml(plan.definition));
        expect(ENDPOINT_NAME_RULE.pattern.test(plan.endpoint.name)).toBe(true);
      }),
    );
  });

  it("sends ACI to a managed endpoint and AKS to a Kubernetes endpoint on its compute, with Azure's $schema", () => {
    fc.assert(
      fc.property(service, (s) => {
        const plan = planMigration(s);
        const kind = s.computeType === "ACI" ? "Managed" : "Kubernetes";
        expect(plan.endpoint.kind).toBe(kind);
        expect(plan.definition.$schema).toBe(ENDPOINT_YAML_SCHEMAS[kind]);
        const compute = kind === "Kubernetes" && s.computeName ? `azureml:${s.computeName}` : undefined;
        expect(plan.definition.compute).toBe(compute);
        expect(plan.definitionComplete).toBe(kind === "Managed" || compute !== undefined);
        expect(plan.endpoint.expectedScoringUri).toBe(
          kind === "Managed"
            ? `https://${plan.endpoint.name.toLowerCase()}.${s.workspaceRegion}.inference.ml.azure.com/score`
            : null,
        );
        expect(plan.definition.tags?.[MIGRATED_FROM_TAG]).toBe(`${s.workspace}/${s.name}`);
      }),
    );
  });

  it("maps no auth and key to Key, token to AMLToken; keys are never carried over; only AKS tokens are a guess", () => {
    fc.assert(
      fc.property(service, (s) => {
        const { auth, definition } = planMigration(s);
        const from = modeOf(s);
        expect(auth.from).toBe(from);
        expect(auth.to).toBe(from === "token" ? "AMLToken" : "Key");
        expect(definition.auth_mode).toBe(from === "token" ? "aml_token" : "key");
        expect(auth.keysCarriedOver).toBe(false);
        expect(auth.oldKeysCanBeSet).toBe(from === "key");
        expect(auth.documented).toBe(!(from === "token" && s.computeType === "AKS"));
      }),
    );
  });

  it("says what changes for callers: a key where there was none, new keys, tokens from the endpoint, the URL, the header", () => {
    fc.assert(
      fc.property(service, (s) => {
        const ids = noteIds(s);
        const from = modeOf(s);
        expect(ids.includes("callers-must-send-key")).toBe(from === "none");
        expect(ids.includes("keys-not-carried-over")).toBe(from === "key");
        expect(ids.includes("tokens-from-endpoint")).toBe(from === "token");
        expect(ids).toContain("scoring-url-changes");
        expect(ids).toContain("deployment-needed");
        expect(ids.includes("kubernetes-compute-needed")).toBe(s.computeType === "AKS");
        expect(ids.includes("https-required")).toBe(
          s.computeType === "ACI" && (s.scoringUri ?? "").startsWith("http:"),
        );
        const header = planMigration(s).notes.find((n) => n.id === "deployment-header");
        expect(header?.facts).toEqual({ header: "azureml-model-deployment" });
        const order = MigrationNoteIdSchema.options;
        const ranks = ids.map((id) => order.indexOf(id));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }),
    );
  });

  it("never carries a secret, whatever else the service object holds", () => {
    const secret = fc.string({
      unit: fc.constantFrom(..."ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"),
      minLength: 32,
      maxLength: 44,
    });
    fc.assert(
      fc.property(service, secret, secret, (s, primaryKey, secondaryKey) => {
        const withKeys = { ...s, primaryKey, secondaryKey, keys: { primaryKey, secondaryKey } };
        const plan = planMigration(withKeys);
        const all = JSON.stringify(plan);
        expect(all).not.toContain(primaryKey);
        expect(all).not.toContain(secondaryKey);
        expect(plan.yaml).not.toMatch(/^\s*"?(keys|primaryKey|secondaryKey|primary_key)"?:/m);
      }),
    );
  });
});
