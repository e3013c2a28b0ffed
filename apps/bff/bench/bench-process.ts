import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

// A BFF child process for the benchmarks, and what /proc says about it while it works.

const SERVER = path.resolve(import.meta.dirname, "audit-bench-server.ts");
const CLK_TCK = 100;

export interface BenchServer {
  url: string;
  tokens: { lead: string; admin: string };
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts `node --import tsx audit-bench-server.ts` (node itself, so its pid is the server's) with the
 * V8 old space capped at `heapMb`: an export that kept rows in memory could not finish 1M rows.
 */
export async function startServer(
  databaseUrl: string,
  heapMb = 128,
  env: Record<string, string> = {},
): Promise<BenchServer> {
  const heap = [`--max-old-space-size=${heapMb}`];
  // BENCH_CPU_PROF_DIR: the server writes a V8 CPU profile there when it stops (open it in DevTools).
  const profile = process.env.BENCH_CPU_PROF_DIR;
  const flags = profile ? [...heap, "--cpu-prof", `--cpu-prof-dir=${profile}`] : heap;
  const { child, line, stop } = await spawnReady(SERVER, [databaseUrl, JSON.stringify(env)], flags);
  const { url, tokens } = JSON.parse(line) as { url: string; tokens: BenchServer["tokens"] };
  return { url, tokens, child, stop };
}

/**
 * `node <nodeFlags> --import tsx <script> <args>` (node itself, so its pid is the script's), resolved
 * with the first line the script prints that `isReady` accepts (what it tells when ready; other lines
 * are its logs); `stop` ends it with SIGTERM.
 */
export async function spawnReady(
  script: string,
  args: string[],
  nodeFlags: string[] = [],
  isReady: (line: string) => boolean = () => true,
) {
  const child = spawn(process.execPath, [...nodeFlags, "--import", "tsx", script, ...args], {
    cwd: path.resolve(import.meta.dirname, ".."),
    stdio: ["ignore", "pipe", "inherit"],
  });
  const line = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const lines = out.split("\n");
      out = lines.pop() ?? "";
      const ready = lines.find(isReady);
      if (ready !== undefined) resolve(ready);
    });
    child.once("exit", (code) => reject(new Error(`bench process exited (${code})`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return { child, line, stop };
}

const status = (pid: number, field: string) => {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return Number(match?.[1] ?? 0) / 1024;
};

/** CPU seconds (user + system) the process has used so far. */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
}

/** Samples the process's RSS every `everyMs` until stopped: baseline, peak, samples (MB). */
export function sampleRss(pid: number, everyMs = 50) {
  const baseline = status(pid, "VmRSS");
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(status(pid, "VmRSS")), everyMs);
  return {
    stop() {
      clearInterval(timer);
      samples.push(status(pid, "VmRSS"));
      return {
        baselineMb: baseline,
        peakMb: Math.max(baseline, ...samples),
        hwmMb: status(pid, "VmHWM"),
        samples,
      };
    },
  };
}
