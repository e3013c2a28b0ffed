import type { EndpointAuthMode } from "@keyturn/auth-domain";
import { generateServiceKey } from "../secrets/service-keys.ts";
import type { WorkspaceRecord } from "../state/schema.ts";
import type { EndpointKind, EndpointRecord, V2StateFile } from "./state.ts";

/** [endpoint, kind, cluster (Kubernetes), auth mode, age in days, traffic] */
type EndpointRow = [string, EndpointKind, string | null, EndpointAuthMode, number, Record<string, number>];
/** [workspace, …the endpoint] */
type SeedRow = [string, ...EndpointRow];

// A managed endpoint in each auth mode, two Kubernetes endpoints (one on a cluster far from its
// workspace), endpoints in the three workspaces' regions, and one endpoint with two deployments
// behind it (a blue/green split). Key ages run from weeks to past the 90-day policy.
const ENDPOINTS: SeedRow[] = [
  ["ws-prod-eastus", "churn-online", "Managed", null, "Key", 140, { blue: 90, green: 10 }],
  ["ws-prod-eastus", "fraud-online", "Managed", null, "AADToken", 45, { main: 100 }],
  ["ws-prod-eastus", "credit-k8s", "Kubernetes", "aks-dr-westus2", "AMLToken", 30, { main: 100 }],
  ["ws-ml-westeurope", "claims-online", "Managed", null, "AMLToken", 70, { main: 100 }],
  ["ws-ml-westeurope", "route-k8s", "Kubernetes", "aks-weu-01", "Key", 210, { main: 100 }],
  ["ws-research-japaneast", "vision-online", "Managed", null, "Key", 12, { main: 100 }],
];

const DAY_MS = 86_400_000;

export const endpointId = (workspace: Pick<WorkspaceRecord, "id">, name: string) =>
  `${workspace.id}/onlineEndpoints/${name}`;

/** An endpoint as the seed makes it: settled, with fresh keys, created `ageDays` before `now`. */
function seededRecord(workspace: WorkspaceRecord, row: EndpointRow, now: Date, tags: Record<string, string>) {
  const [name, kind, cluster, authMode, ageDays, traffic] = row;
  const at = new Date(now.getTime() - ageDays * DAY_MS).toISOString();
  const actor = { by: "keyturn-seed", byType: "Application" as const, at };
  const record: EndpointRecord = {
    id: endpointId(workspace, name),
    workspaceId: workspace.id,
    name,
    location: workspace.location,
    kind,
    cluster,
    authMode,
    description: `Seeded ${kind.toLowerCase()} online endpoint (${authMode} auth).`,
    tags,
    properties: {},
    traffic,
    publicNetworkAccess: "Enabled",
    provisioningState: "Succeeded",
    primaryKey: generateServiceKey(),
    secondaryKey: generateServiceKey(),
    created: actor,
    modified: actor,
  };
  return record;
}

/** The seeded online endpoints of the given workspaces, with fresh keys. */
export function seedEndpoints(workspaces: readonly WorkspaceRecord[], now: Date = new Date()): V2StateFile {
  const endpoints = ENDPOINTS.flatMap(([wsName, ...row]) => {
    const workspace = workspaces.find((w) => w.name === wsName);
    const team = wsName.split("-")[1] ?? "ml";
    return workspace ? [seededRecord(workspace, row, now, { team, seeded: "true" })] : [];
  });
  return { version: 1, endpoints };
}

const GENERATED_MODES = ["Key", "AMLToken", "AADToken"] as const;

/**
 * `count` generated endpoints (`gen-ep-00000`, … from `first`) in a workspace, for load and inventory
 * tests: every fourth on the workspace's first cluster (Key or AMLToken), the rest managed in each
 * mode, ages spread over 400 days.
 */
export function generatedEndpoints(
  workspace: WorkspaceRecord,
  first: number,
  count: number,
  now = new Date(),
) {
  const cluster = workspace.clusters[0]?.name ?? null;
  return Array.from({ length: count }, (_, i) => {
    const n = first + i;
    const onCluster = cluster !== null && n % 4 === 3;
    const mode = GENERATED_MODES[n % (onCluster ? 2 : 3)] ?? "Key";
    const name = `gen-ep-${String(n).padStart(5, "0")}`;
    const row: EndpointRow = [
      name,
      onCluster ? "Kubernetes" : "Managed",
      onCluster ? cluster : null,
      mode,
      n % 400,
      { main: 100 },
    ];
    return seededRecord(workspace, row, now, { generated: "true" });
  });
}
