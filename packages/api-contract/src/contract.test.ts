import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as contract from "./index.ts";

const schemas = Object.entries(contract as Record<string, unknown>).filter(
  (entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType,
);

describe("the API contract", () => {
  it("names each OpenAPI component once: no two payloads share an id", () => {
    const ids = schemas.flatMap(([, schema]) => {
      const id = schema.meta()?.id;
      return typeof id === "string" ? [id] : [];
    });
    expect(ids.length).toBeGreaterThan(30);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("gives each named component the name of its export (XSchema is component X, or says why not)", () => {
    const renamed: Record<string, string> = { PosturePolicyViewSchema: "PosturePolicy" };
    for (const [name, schema] of schemas) {
      const id = schema.meta()?.id;
      if (typeof id === "string") expect(renamed[name] ?? name.replace(/Schema$/, "")).toBe(id);
    }
  });

  it("sends the sample input within the test call's limit", () => {
    const body = { credential: "none", body: contract.SAMPLE_SCORING_INPUT };
    expect(contract.TestCallRequestSchema.parse(body)).toEqual(body);
    expect(JSON.stringify(contract.SAMPLE_SCORING_INPUT).length).toBeLessThan(
      contract.TEST_CALL_MAX_BODY_BYTES,
    );
  });
});
