import type { MigrationPlanView } from "@keyturn/api-contract";
import { planMigration } from "@keyturn/auth-domain";

// The way-to-v2 answers the migration feature's tests share, computed by auth-domain's own planMigration.

export const WS = "ws-prod-eastus";

/** The plan of the open ACI service `demo-open-aci`, as the BFF answers it. */
export function migrationView(successor: MigrationPlanView["successor"] = null): MigrationPlanView {
  const plan = planMigration({
    workspace: WS,
    name: "demo-open-aci",
    computeType: "ACI",
    workspaceRegion: "eastus",
    keyAuth: false,
    tokenAuth: false,
    scoringUri: "http://demo-open-aci.eastus.azurecontainer.io/score",
  });
  return {
    workspace: WS,
    service: "demo-open-aci",
    source: "live",
    plan,
    callers: {
      scoringUrl: {
        from: "http://demo-open-aci.eastus.azurecontainer.io/score",
        to: plan.endpoint.expectedScoringUri,
      },
      credential: { from: "none", to: "Key" },
      deploymentHeader: "azureml-model-deployment",
    },
    successor,
    successorChecked: true,
  };
}

/** The endpoint created from that plan. */
export const SUCCESSOR = {
  workspace: WS,
  name: "demo-open-aci",
  kind: "Managed" as const,
  authMode: "Key" as const,
  provisioningState: "Succeeded",
  scoringUri: "https://demo-open-aci.eastus.inference.ml.azure.com/score",
};
