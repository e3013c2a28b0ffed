// Data-plane benchmark: the same model endpoint with auth off, key auth and token auth, side by side
// in one run (DESIGN.md §7: key ≥ 95 %, token ≥ 90 % of auth off). Loopback only.
//   pnpm --filter @keyturn/emulator bench [-- --seconds 1 --rounds 30 --connections 16]
import { mkdtemp, rm } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  SAMPLE_SCORING_INPUT,
  ServiceKeysSchema,
  ServiceSchema,
  TokenResponseSchema,
} from "@keyturn/azureml-rest";
import { getServicePrincipalToken, SERVICE_PRINCIPALS, startDevIdp } from "@keyturn/dev-idp";
import autocannon from "autocannon";
import { SEED_RESOURCE_GROUP, SEED_SUBSCRIPTION_ID } from "../src/index.ts";
import { controlPlane } from "./control-plane.ts";
import { cpuTimeMs } from "./cpu-time.ts";
import { spawnEmulator } from "./emulator-process.ts";
import { MODES, type Mode, printTable, type Sample, summarize } from "./summary.ts";

const { values: args } = parseArgs({
  // pnpm forwards its "--" separator; it is not an argument.
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: {
    seconds: { type: "string", default: "1" },
    rounds: { type: "string", default: "30" },
    connections: { type: "string", default: "16" },
  },
});
const seconds = Number(args.seconds);
const rounds = Number(args.rounds);
const connections = Number(args.connections);

const SERVICE = "anomaly-watch"; // AKS in ws-ml-westeurope, cluster in the same region

const dataDir = await mkdtemp(path.join(tmpdir(), "keyturn-bench-"));
const idp = await startDevIdp({ port: 0, dataDir });
const emulator = await spawnEmulator({
  KEYTURN_DATA_DIR: dataDir,
  KEYTURN_IDP_ISSUER: idp.issuer,
  KEYTURN_IDP_CA_FILE: idp.caCertPath,
  KEYTURN_EMULATOR_REGION_LATENCY_SCALE: "0",
});
try {
  const bff = SERVICE_PRINCIPALS.bff;
  const cp = controlPlane(
    emulator.url,
    await getServicePrincipalToken(idp.issuer, bff.clientId, bff.defaultSecret, idp.caCertPem),
    {
      subscriptionId: SEED_SUBSCRIPTION_ID,
      resourceGroup: SEED_RESOURCE_GROUP,
      workspace: "ws-ml-westeurope",
    },
  );
  const scoringUri = ServiceSchema.parse(await cp.get(SERVICE)).scoringUri ?? "";

  /** Switches the one service to a mode and returns the credential its callers send. */
  async function useMode(mode: Mode): Promise<string | undefined> {
    const key = mode === "key";
    const token = mode === "token";
    // Key off first, so no intermediate state has both on.
    await cp.patch(SERVICE, [
      { op: "replace", path: "/authEnabled", value: false },
      { op: "replace", path: "/aadAuthEnabled", value: token },
    ]);
    if (key) await cp.patch(SERVICE, [{ op: "replace", path: "/authEnabled", value: true }]);
    if (key) return ServiceKeysSchema.parse(await cp.listKeys(SERVICE)).primaryKey ?? undefined;
    if (token) return TokenResponseSchema.parse(await cp.token(SERVICE)).accessToken;
    return undefined;
  }

  async function load(credential: string | undefined, duration: number): Promise<Sample> {
    const cpuBefore = cpuTimeMs(emulator.pid);
    const result = await autocannon({
      url: scoringUri,
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(credential ? { authorization: `Bearer ${credential}` } : {}),
      },
      body: JSON.stringify(SAMPLE_SCORING_INPUT),
      connections,
      duration,
    });
    if (result.non2xx > 0 || result.errors > 0) {
      throw new Error(
        `${result.non2xx} non-2xx answers and ${result.errors} errors: the figures would be wrong`,
      );
    }
    const cpuUs = ((cpuTimeMs(emulator.pid) - cpuBefore) * 1000) / result.requests.total;
    return {
      rps: result.requests.total / result.duration,
      p50: result.latency.p50,
      p99: result.latency.p99,
      cpuUs,
    };
  }

  for (const mode of MODES) await load(await useMode(mode), 1); // warm up every path (JIT, caches)
  // Modes run back to back within a round, in a rotating order, so load from elsewhere on a shared
  // machine hits all three alike; ratios are taken within rounds.
  const results: Record<Mode, Sample>[] = [];
  for (let round = 0; round < rounds; round++) {
    const samples = {} as Record<Mode, Sample>;
    for (let i = 0; i < MODES.length; i++) {
      const mode = MODES[(round + i) % MODES.length] ?? "off";
      samples[mode] = await load(await useMode(mode), seconds);
    }
    results.push(samples);
    const line = MODES.map(
      (m) => `${m} ${Math.round(samples[m].rps)} req/s ${Math.round(samples[m].cpuUs)} µs`,
    );
    console.error(`round ${round + 1}: ${line.join(", ")}`);
  }
  printTable(
    summarize(results),
    `Data plane: ${rounds} rounds × ${seconds} s per mode, ${connections} connections, ` +
      `${SAMPLE_SCORING_INPUT.data.length}-row input, ${cpus().length} CPUs (${cpus()[0]?.model ?? "?"}), Node ${process.version}`,
  );
} finally {
  await emulator.stop();
  await idp.close();
  await rm(dataDir, { recursive: true, force: true });
}
