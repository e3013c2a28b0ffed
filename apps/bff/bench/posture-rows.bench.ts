// pnpm --filter @keyturn/bff exec tsx bench/posture-rows.bench.ts — the per-row cost of an inventory
// page's findings without the database: 10,000 rows shaped like the inventory bench's (a tenth v2
// endpoints, every auth mode, key records on the key-auth rows, half of the keys rotated), each turned
// into its snapshot, evaluated by auth-domain's rules and summarised, as `rowFindingsSummaries` does.
// Prints this process's CPU time per row for each round (the first rounds include V8's warm-up) and the
// total count of findings (the same on every round and before and after a change to the evaluation).
import { ALL_REGIONS, DEFAULT_POSTURE_POLICY, ENDPOINT_AUTH_MODES } from "@keyturn/auth-domain";
import type { KeyRecord } from "../src/features/inventory/public.ts";
import { type PostureRow, rowFindings, summarizeFindings } from "../src/features/posture/row-findings.ts";

const ROWS = 10_000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const DAY = 86_400_000;

let seed = 42;
const rand = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

const now = new Date();
const rows = Array.from({ length: ROWS }, (_, i): { row: PostureRow; keys: KeyRecord[] } => {
  const at = new Date(now.getTime() - Math.floor(rand() * 400) * DAY);
  const v2 = rand() < 0.1;
  const mode = v2 ? pick(ENDPOINT_AUTH_MODES) : pick(["key", "token", "none"]);
  const keyed = mode === "key" || mode === "Key";
  const row: PostureRow = {
    workspace: `ws-${String(i % 20).padStart(2, "0")}`,
    deployment: `svc-${i}`,
    generation: v2 ? "v2" : "v1",
    computeType: v2 ? pick(["Managed", "Kubernetes"]) : pick(["ACI", "AKS"]),
    managed: true,
    keyAuth: keyed,
    tokenAuth: mode === "token",
    endpointAuthMode: v2 ? mode : null,
    workspaceRegion: pick(ALL_REGIONS),
    clusterRegion: pick(ALL_REGIONS),
    createdAt: at,
    updatedAt: at,
    syncedAt: now,
  };
  const keys = keyed
    ? (["Primary", "Secondary"] as const).map((keyType) => ({
        keyType,
        issuedAt: new Date(now.getTime() - Math.floor(rand() * 300) * DAY),
        rotatedAt: rand() < 0.5 ? null : new Date(now.getTime() - Math.floor(rand() * 100) * DAY),
      }))
    : [];
  return { row, keys };
});

for (let round = 1; round <= ROUNDS; round++) {
  let findings = 0;
  const start = process.cpuUsage();
  for (const { row, keys } of rows) {
    findings += summarizeFindings(rowFindings(row, keys, DEFAULT_POSTURE_POLICY, now)).count;
  }
  const used = process.cpuUsage(start);
  const perRow = (used.user + used.system) / ROWS;
  console.log(`round ${round}: ${perRow.toFixed(2)} µs CPU per row, ${findings} findings`);
}
