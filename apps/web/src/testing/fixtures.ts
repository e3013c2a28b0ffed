import type { DeploymentDetail, DeploymentSummary, Workspace } from "@keyturn/api-contract";

/** A healthy AKS deployment with key auth, as `GET /api/deployments/{workspace}/{name}` answers it. */
export function deploymentDetail(overrides: Partial<DeploymentDetail> = {}): DeploymentDetail {
  return {
    workspace: "ws-prod-eastus",
    name: "churn-predictor",
    computeType: "AKS",
    computeName: "aks-prod-eastus",
    state: "Healthy",
    scoringUri: "http://127.0.0.1:8090/api/v1/service/churn-predictor/score",
    swaggerUri: "http://127.0.0.1:8090/api/v1/service/churn-predictor/swagger.json",
    auth: { keyAuth: true, tokenAuth: false, mode: "key" },
    tokenAuthSupported: true,
    workspaceRegion: "eastus",
    clusterRegion: "eastus",
    crossRegionTokenRisk: false,
    connection: { id: "c1", name: "embedded emulator" },
    createdAt: "2026-01-05T10:00:00.000Z",
    updatedAt: "2026-03-01T10:00:00.000Z",
    etag: '"v1"',
    lastKnown: null,
    ...overrides,
  };
}

/** A workspace as `GET /api/workspaces` lists it, reached through the emulator's connection. */
export function workspace(name: string, region: Workspace["region"], friendlyName: string | null): Workspace {
  return { name, friendlyName, region, connection: { id: "c1", name: "emulator" }, deploymentCount: 6 };
}

/** A v1 AKS service with key auth and two findings, as a page of `GET /api/deployments` lists it. */
export function deploymentSummary(overrides: Partial<DeploymentSummary> = {}): DeploymentSummary {
  return {
    workspace: "ws-ml-westeurope",
    name: "anomaly-watch",
    generation: "v1",
    computeType: "AKS",
    managed: true,
    notManagedReason: null,
    state: "Healthy",
    auth: { keyAuth: true, tokenAuth: false, mode: "key" },
    endpointAuthMode: null,
    workspaceRegion: "westeurope",
    clusterRegion: "eastus",
    scoringUri: null,
    createdAt: "2026-02-01T10:00:00.000Z",
    updatedAt: "2026-03-01T10:00:00.000Z",
    syncedAt: "2026-03-02T10:00:00.000Z",
    keyAges: [],
    findings: { count: 2, highest: "high" },
    ...overrides,
  };
}
