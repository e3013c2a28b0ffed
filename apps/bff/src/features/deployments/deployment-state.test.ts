import { DeploymentStateSchema, KNOWN_DEPLOYMENT_STATES } from "@keyturn/api-contract";
import { ServiceStateSchema } from "@keyturn/azureml-rest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("a deployment's state", () => {
  it("offers the states Azure documents as the known ones (the console's filter)", () => {
    expect(KNOWN_DEPLOYMENT_STATES).toEqual(ServiceStateSchema.options);
  });

  it("accepts any non-empty state as the workspace reports it, and refuses an empty one", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 100 }), (state) => {
        expect(DeploymentStateSchema.parse(state)).toBe(state);
      }),
    );
    expect(DeploymentStateSchema.safeParse("").success).toBe(false);
  });
});
