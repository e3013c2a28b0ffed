// Data-plane benchmark: the same model endpoint with auth off, key auth and token auth, side by side
// in one run (docs/architecture.md, "Targets": key ≥ 95 %, token ≥ 90 % of auth off). Loopback only.
//   pnpm --filter @keyturn/emulator bench [-- --seconds 1 --rounds 32 --connections 16 --pipelining 1 --headers]
// `--headers` adds two diagnostic modes: auth off, with the key's or the token's header sent anyway,
// which separates what carrying the credential costs (client and HTTP parsing) from its check.
import { mkdtemp, rm } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
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
import { HEADER_MODES, MODES, type Mode, printTable, type Sample, summarize } from "./summary.ts";

/**
 * Williams' balanced Latin square: orders of 0…n−1 in which each index takes each position once and
 * follows each other index equally often (once for even n; an odd n needs the mirrored rows too).
 */
function balancedOrders(n: number): number[][] {
  const first = Array.from({ length: n }, (_, j) => (j % 2 === 1 ? (j + 1) / 2 : (n - j / 2) % n));
  const rows = Array.from({ length: n }, (_, r) => first.map((x) => (x + r) % n));
  return n % 2 === 0 ? rows : [...rows, ...rows.map((row) => [...row].reverse())];
}

const { values: args } = parseArgs({
  // pnpm forwards its "--" separator; it is not an argument.
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: {
    seconds: { type: "string", default: "1" },
    rounds: { type: "string", default: "32" },
    connections: { type: "string", default: "16" },
    pipelining: { type: "string", default: "1" },
    headers: { type: "boolean", default: false },
  },
});
const modes: readonly Mode[] = args.headers ? [...MODES, ...HEADER_MODES] : MODES;
const seconds = Number(args.seconds);
const orders = balancedOrders(modes.length);
// A multiple of the number of orders, so that the design is complete.
const rounds = Math.ceil(Number(args.rounds) / orders.length) * orders.length;
const connections = Number(args.connections);
const pipelining = Number(args.pipelining);

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

  // The credentials are fetched once: the key does not change during the run, and the token lives
  // an hour (the default), so every token slice sends the same, already verified token.
  const key = ServiceKeysSchema.parse(await cp.listKeys(SERVICE)).primaryKey ?? "";
  await setAuth(false, true);
  const token = TokenResponseSchema.parse(await cp.token(SERVICE)).accessToken;

  async function setAuth(keyAuth: boolean, tokenAuth: boolean): Promise<void> {
    // Key off first, so no intermediate state has both on.
    await cp.patch(SERVICE, [
      { op: "replace", path: "/authEnabled", value: false },
      { op: "replace", path: "/aadAuthEnabled", value: tokenAuth },
    ]);
    if (keyAuth) await cp.patch(SERVICE, [{ op: "replace", path: "/authEnabled", value: true }]);
  }

  /** Switches the one service to a mode and returns the credential its callers send. */
  async function useMode(mode: Mode): Promise<string | undefined> {
    await setAuth(mode === "key", mode === "token");
    if (mode === "key" || mode === "off+key header") return key;
    if (mode === "token" || mode === "off+token header") return token;
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
      pipelining,
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

  // Warm-up, not counted: every path twice (JIT, caches, the token's one verification).
  for (let i = 0; i < 2; i++) for (const mode of modes) await load(await useMode(mode), seconds);
  // Modes run back to back within a round, so load from elsewhere on a shared machine hits all of
  // them alike; ratios are taken within rounds. The orders form a balanced Latin square: every mode
  // runs equally often in every position and after every other mode (a plain rotation always puts
  // the same mode after token auth, and earlier runs showed the slice after a token slice ~5 % fast).
  const results: Record<Mode, Sample>[] = [];
  const load1 = loadavg()[0] ?? 0;
  for (let round = 0; round < rounds; round++) {
    const samples = {} as Record<Mode, Sample>;
    for (const index of orders[round % orders.length] ?? []) {
      const mode = modes[index] ?? "off";
      samples[mode] = await load(await useMode(mode), seconds);
    }
    results.push(samples);
    const line = modes.map(
      (m) => `${m} ${Math.round(samples[m].rps)} req/s ${Math.round(samples[m].cpuUs)} µs`,
    );
    console.error(`round ${round + 1}: ${line.join(", ")}`);
  }
  printTable(
    summarize(results, modes),
    `Data plane: ${rounds} rounds × ${seconds} s per mode, ${connections} connections, pipelining ` +
      `${pipelining}, ${SAMPLE_SCORING_INPUT.data.length}-row input, ${cpus().length} CPUs ` +
      `(${cpus()[0]?.model ?? "?"}), Node ${process.version}, load average ${load1.toFixed(1)} → ` +
      `${(loadavg()[0] ?? 0).toFixed(1)}, ${new Date().toISOString()}`,
  );
} finally {
  await emulator.stop();
  await idp.close();
  await rm(dataDir, { recursive: true, force: true });
}
