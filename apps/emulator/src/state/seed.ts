import type { AuthMode, Region } from "@keyturn/auth-domain";
import type { ServiceState } from "@keyturn/azureml-rest";
import { createSigningKey } from "../secrets/signing-keys.ts";
import { workspaceId } from "./ids.ts";
import type { ServiceKind, ServiceRecord, StateFile, WorkspaceRecord } from "./schema.ts";
import { newServiceRecord } from "./service-factory.ts";

export const SEED_SUBSCRIPTION_ID = "00000000-0000-0000-0000-000000000000";
export const SEED_RESOURCE_GROUP = "keyturn-dev";

const WORKSPACES: { name: string; location: Region; friendlyName: string; clusters: [string, Region][] }[] = [
  {
    name: "ws-prod-eastus",
    location: "eastus",
    friendlyName: "Production (East US)",
    clusters: [
      ["aks-prod-eastus", "eastus"],
      ["aks-dr-westus2", "westus2"],
    ],
  },
  {
    name: "ws-ml-westeurope",
    location: "westeurope",
    friendlyName: "ML platform (West Europe)",
    clusters: [
      ["aks-weu-01", "westeurope"],
      ["aks-shared-eastus", "eastus"],
    ],
  },
  {
    name: "ws-research-japaneast",
    location: "japaneast",
    friendlyName: "Research (Japan East)",
    clusters: [
      ["aks-jpe-gpu", "japaneast"],
      ["aks-syd-edge", "australiaeast"],
    ],
  },
  {
    name: "ws-edge-southcentralus",
    location: "southcentralus",
    friendlyName: "Edge and partners (South Central US)",
    clusters: [["aks-scus-edge", "southcentralus"]],
  },
];

/** [workspace, service, kind, cluster or region, auth, age in days, state?] */
type SeedRow = [string, string, ServiceKind, string, AuthMode, number, ServiceState?];

// Every auth mode on both targets where allowed, key ages from hours to ~7 months (some past the
// 90-day policy), token auth with the cluster in the workspace's region and far from it, an ACI
// with auth off, and one unhealthy service (the data plane answers 503). The edge workspace holds
// what real workspaces hold beside them: a region outside the first fifteen, an ACI in another
// region than its workspace, and services of kinds Keyturn does not manage (listed read-only).
const SERVICES: SeedRow[] = [
  ["ws-prod-eastus", "churn-predictor", "AKS", "aks-prod-eastus", "key", 212],
  ["ws-prod-eastus", "fraud-scoring", "AKS", "aks-prod-eastus", "token", 180],
  ["ws-prod-eastus", "credit-risk-dr", "AKS", "aks-dr-westus2", "token", 151],
  ["ws-prod-eastus", "pricing-aci", "ACI", "eastus", "key", 133],
  ["ws-prod-eastus", "demo-open-aci", "ACI", "eastus", "none", 96],
  ["ws-prod-eastus", "legacy-ranker", "AKS", "aks-prod-eastus", "key", 199, "Unhealthy"],
  ["ws-ml-westeurope", "diabetes-progression", "AKS", "aks-weu-01", "key", 91],
  ["ws-ml-westeurope", "claims-triage", "AKS", "aks-weu-01", "token", 64],
  ["ws-ml-westeurope", "route-optimizer", "AKS", "aks-shared-eastus", "token", 40],
  ["ws-ml-westeurope", "sentiment-aci", "ACI", "westeurope", "key", 120],
  ["ws-ml-westeurope", "forecast-aci", "ACI", "northeurope", "none", 21],
  ["ws-ml-westeurope", "anomaly-watch", "AKS", "aks-weu-01", "none", 12],
  ["ws-research-japaneast", "vision-tagger", "AKS", "aks-jpe-gpu", "key", 75],
  ["ws-research-japaneast", "speech-intent", "AKS", "aks-syd-edge", "token", 30],
  ["ws-research-japaneast", "notebook-aci", "ACI", "japaneast", "key", 5],
  ["ws-research-japaneast", "sandbox-aci", "ACI", "japaneast", "none", 0.3],
  ["ws-edge-southcentralus", "dispatch-eta", "AKS", "aks-scus-edge", "token", 58],
  ["ws-edge-southcentralus", "kiosk-aci", "ACI", "westus", "key", 47],
  ["ws-edge-southcentralus", "partner-gateway", "AKSENDPOINT", "aks-scus-edge", "key", 160],
  ["ws-edge-southcentralus", "camera-edge", "IOT", "southcentralus", "none", 260],
  ["ws-edge-southcentralus", "legacy-batch", "UNKNOWN", "southcentralus", "none", 400],
];

const DAY_MS = 86_400_000;

export function seedWorkspaces(): WorkspaceRecord[] {
  return WORKSPACES.map((w) => ({
    id: workspaceId(SEED_SUBSCRIPTION_ID, SEED_RESOURCE_GROUP, w.name),
    subscriptionId: SEED_SUBSCRIPTION_ID,
    resourceGroup: SEED_RESOURCE_GROUP,
    name: w.name,
    location: w.location,
    friendlyName: w.friendlyName,
    clusters: w.clusters.map(([name, region]) => ({ name, region })),
    signingKey: createSigningKey(),
  }));
}

/** The seeded services of the given workspaces, created `ageDays` before `now`, with fresh keys. */
export function seedServices(workspaces: readonly WorkspaceRecord[], now: Date): ServiceRecord[] {
  return SERVICES.flatMap(([wsName, name, computeType, where, mode, ageDays, state]) => {
    const workspace = workspaces.find((w) => w.name === wsName);
    if (!workspace) return [];
    const cluster = workspace.clusters.find((c) => c.name === where);
    return [
      newServiceRecord({
        workspace,
        name,
        computeType,
        computeName: cluster?.name,
        location: cluster?.region ?? (where as Region),
        auth: { keyAuth: mode === "key", tokenAuth: mode === "token" },
        resources: computeType === "ACI" ? { cpu: 0.5, memoryInGB: 1 } : { cpu: 1, memoryInGB: 2 },
        state: state ?? "Healthy",
        createdTime: new Date(now.getTime() - ageDays * DAY_MS).toISOString(),
        description: `Seeded ${computeType} service (${mode === "none" ? "auth off" : `${mode} auth`}).`,
        kvTags: { team: wsName.split("-")[1] ?? "ml", seeded: "true" },
      }),
    ];
  });
}

export function seedState(now: Date = new Date()): StateFile {
  const workspaces = seedWorkspaces();
  return { version: 1, workspaces, services: seedServices(workspaces, now), operations: [] };
}
