import { DeploymentStateSchema } from "@keyturn/api-contract";
import { ServiceStateSchema } from "@keyturn/azureml-rest";
import { describe, expect, it } from "vitest";

describe("a deployment's state", () => {
  it("is the service state the workspace reports: the contract names every state, and no other", () => {
    expect(DeploymentStateSchema.options).toEqual(ServiceStateSchema.options);
  });
});
