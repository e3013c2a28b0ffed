import { randomInt } from "node:crypto";

// The fuzz tests' knobs (test-only, like TEST_DATABASE_URL): KEYTURN_FUZZ_RUNS requests per route
// (spread over every caller), KEYTURN_FUZZ_SEED to replay a run. Under CI the default keeps the
// fuzz files well inside the time limit; a long local run: KEYTURN_FUZZ_RUNS=5000.

export const DEFAULT_FUZZ_RUNS = 35;

function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${name} must be a positive integer`);
  return n;
}

export interface FuzzConfig {
  /** Requests per route, spread over the callers (each caller gets at least one). */
  runs: number;
  /** fast-check's seed; printed with the figures and in every failure, to replay it. */
  seed: number;
  /** How long one test may take: ~4 ms a request with a generous margin, at least 60 s. */
  timeoutMs: (routes: number) => number;
}

export function fuzzConfig(env: Record<string, string | undefined> = process.env): FuzzConfig {
  const runs = positiveInt("KEYTURN_FUZZ_RUNS", env.KEYTURN_FUZZ_RUNS) ?? DEFAULT_FUZZ_RUNS;
  const seed = positiveInt("KEYTURN_FUZZ_SEED", env.KEYTURN_FUZZ_SEED) ?? randomInt(1, 2 ** 31 - 1);
  return { runs, seed, timeoutMs: (routes) => Math.max(60_000, routes * runs * 40) };
}

/** How to replay a failure: the seed, and fast-check's path to the counterexample. */
export const replayHint = (seed: number, runs: number) =>
  `replay: KEYTURN_FUZZ_SEED=${seed} KEYTURN_FUZZ_RUNS=${runs}`;
