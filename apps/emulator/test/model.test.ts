import { SAMPLE_SCORING_INPUT } from "@keyturn/azureml-rest";
import { describe, expect } from "vitest";
import { DIABETES_COEFFICIENTS } from "../src/model/diabetes.ts";
import { it as base } from "./support/fixtures.ts";

/** The open ACI service of the file's emulator: its scoring endpoint and its OpenAPI document. */
const it = base.extend("open", { scope: "file" }, async ({ cp, scoring }) => ({
  ...scoring("demo-open-aci"),
  swaggerUri: (await cp.service("demo-open-aci")).swaggerUri ?? "",
}));

type Json = { example?: unknown; schema?: unknown };
interface OpenApiDoc {
  openapi: string;
  servers: { url: string }[];
  paths: Record<
    string,
    {
      post: {
        requestBody: { content: Record<string, Json> };
        responses: Record<string, { content: Record<string, Json> }>;
      };
    }
  >;
  components: {
    schemas: Record<string, { type: string; properties: { data: { items: { minItems: number } } } }>;
  };
}

// The first two patients of scikit-learn's diabetes data (scaled features) and the least-squares
// fit's fitted values for them (206.117, 68.072), published with the data set's regression examples.
const PATIENT_0 = [
  0.03807591, 0.05068012, 0.06169621, 0.02187235, -0.0442235, -0.03482076, -0.04340085, -0.00259226,
  0.01990842, -0.01764613,
];
const PATIENT_1 = [
  -0.00188202, -0.04464164, -0.05147406, -0.02632783, -0.00844872, -0.01916334, 0.07441156, -0.03949338,
  -0.06832974, -0.09220405,
];

describe("the diabetes linear regression", () => {
  it("predicts the known fitted values of known patients", async ({ open }) => {
    const [p0, p1] = await open.accepts(undefined, { data: [PATIENT_0, PATIENT_1] });
    expect(p0).toBeCloseTo(206.117, 2);
    expect(p1).toBeCloseTo(68.072, 2);
  });

  it("predicts the intercept for the mean patient (all-zero scaled features)", async ({ open }) => {
    expect(await open.accepts(undefined, { data: [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]] })).toEqual([
      152.13348416289617,
    ]);
  });

  it("is linear: one unit of bmi adds its coefficient", async ({ open }) => {
    const [y] = await open.accepts(undefined, { data: [[0, 0, 1, 0, 0, 0, 0, 0, 0, 0]] });
    expect(y).toBeCloseTo(152.13348416289617 + (DIABETES_COEFFICIENTS[2] ?? 0), 9);
  });

  it("serves an OpenAPI document with the input and output schemas and the sample input", async ({
    open,
  }) => {
    const res = await fetch(open.swaggerUri);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as OpenApiDoc;
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.servers[0]?.url).toBe((await open.uri()).replace(/\/score$/, ""));
    const post = doc.paths["/score"]?.post;
    expect(post?.requestBody.content["application/json"]?.example).toEqual(SAMPLE_SCORING_INPUT);
    expect(doc.components.schemas.ServiceInput?.properties.data.items.minItems).toBe(10);
    expect(doc.components.schemas.ServiceOutput?.type).toBe("array");
    expect(post?.responses["200"]?.content["application/json"]?.example).toHaveLength(2);
  });
});
